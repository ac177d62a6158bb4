package dev.xenlint.cli;

import dev.xenlint.config.ConfigException;
import dev.xenlint.config.ProjectConfig;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.XenVersion;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --dialect and --config options every command reading configurations shares. */
final class ConfigOptions {

    @Option(names = "--dialect", paramLabel = "auto|xm|xl",
            description = "Toolstack that reads the files: xm (Python), xl, or auto to decide per file "
                    + "(default: from .xenlint.toml, else auto).")
    DialectChoice dialect;

    @Option(names = "--xen-version", paramLabel = "X.Y[.Z]",
            description = "Xen release the files target; rules whose truth changed across releases follow it "
                    + "(default: from .xenlint.toml, else 4.22 for xl files and 4.4, the last with xm, for xm files).")
    String xenVersion;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file for every file instead of searching for .xenlint.toml.")
    Path config;

    /** The configurations for the files; refuses a malformed --xen-version first. */
    ConfigResolver resolver() throws ConfigException {
        xenVersionFor(ProjectConfig.DEFAULT);
        return new ConfigResolver(config);
    }

    /** The Xen release for a file: --xen-version when given, else its configuration's (null = the dialect's default). */
    XenVersion xenVersionFor(ProjectConfig cfg) throws ConfigException {
        if (xenVersion == null) {
            return cfg.xenVersion();
        }
        String problem = XenVersion.check(xenVersion);
        if (problem != null) {
            throw new ConfigException("--xen-version " + problem);
        }
        return XenVersion.parse(xenVersion);
    }

    /** The dialect for a file: --dialect when given, else its configuration's (null = detect). */
    Dialect dialectFor(ProjectConfig cfg) {
        return dialect != null ? dialect.forced : cfg.dialect();
    }
}
