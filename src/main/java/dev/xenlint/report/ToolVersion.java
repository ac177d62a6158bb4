package dev.xenlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** xenlint's version, from {@code dev/xenlint/version.properties} (written by the build from the POM). */
public final class ToolVersion {

    private ToolVersion() {
    }

    /** The version, such as {@code 0.1.0}; {@code 0.0.0-unknown} when the resource is missing. */
    public static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/xenlint/version.properties")) {
            if (in == null) {
                return "0.0.0-unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isEmpty() || v.startsWith("$") ? "0.0.0-unknown" : v;
        } catch (IOException e) {
            return "0.0.0-unknown";
        }
    }
}
