package dev.xenlint.report;

/** xenlint's version, written into the code by the build from the POM ({@code BuildVersion}). */
public final class ToolVersion {

    private ToolVersion() {
    }

    /** The version, such as {@code 0.1.0}; {@code 0.0.0-unknown} when the build did not fill it in. */
    public static String get() {
        String v = BuildVersion.VERSION;
        return v.isEmpty() || v.startsWith("$") ? "0.0.0-unknown" : v;
    }
}
