package dev.xenlint.cli;

import dev.xenlint.config.ConfigException;
import dev.xenlint.model.XenVersion;
import dev.xenlint.workspace.Overrides;
import dev.xenlint.workspace.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** The --dialect and --config options every command reading configurations shares. */
final class ConfigOptions {

    DialectChoice dialect;
    String xenVersion;
    Path config;

    /** Adds --dialect, --xen-version and --config to {@code spec}. */
    void addTo(CommandSpec spec) {
        spec.addOption(Specs.option("--dialect", DialectChoice.class, "auto|xm|xl",
                "Toolstack that reads the files: xm (Python), xl, or auto to decide per file "
                        + "(default: from .xenlint.toml, else auto).", v -> dialect = v).build());
        spec.addOption(Specs.option("--xen-version", String.class, "X.Y[.Z]",
                "Xen release the files target; rules whose truth changed across releases follow it "
                        + "(default: from .xenlint.toml, else 4.22 for xl files and 4.4, the last with xm, for xm files).",
                v -> xenVersion = v).build());
        spec.addOption(Specs.option("--config", Path.class, "FILE",
                "Use this configuration file for every file instead of searching for .xenlint.toml.",
                v -> config = v).build());
    }

    /** The workspace of the current directory with these options (and {@code overrides}) applied. */
    Workspace workspace(Overrides overrides) throws ConfigException {
        return new Workspace(null, config, overrides.withDialect(dialect == null ? null : dialect.forced)
                .withXenVersion(xenVersion()));
    }

    /** --xen-version, checked (null when not given). */
    private XenVersion xenVersion() throws ConfigException {
        if (xenVersion == null) {
            return null;
        }
        String problem = XenVersion.check(xenVersion);
        if (problem != null) {
            throw new ConfigException("--xen-version " + problem);
        }
        return XenVersion.parse(xenVersion);
    }

    Workspace workspace() throws ConfigException {
        return workspace(Overrides.NONE);
    }
}
