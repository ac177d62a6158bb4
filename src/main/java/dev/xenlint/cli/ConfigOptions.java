package dev.xenlint.cli;

import dev.xenlint.config.ConfigException;
import dev.xenlint.config.ProjectConfig;
import dev.xenlint.model.Dialect;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --dialect and --config options every command reading configurations shares. */
final class ConfigOptions {

    @Option(names = "--dialect", paramLabel = "auto|xm|xl",
            description = "Toolstack that reads the files: xm (Python), xl, or auto to decide per file "
                    + "(default: from .xenlint.toml, else auto).")
    DialectChoice dialect;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this configuration file for every file instead of searching for .xenlint.toml.")
    Path config;

    ConfigResolver resolver() throws ConfigException {
        return new ConfigResolver(config);
    }

    /** The dialect for a file: --dialect when given, else its configuration's (null = detect). */
    Dialect dialectFor(ProjectConfig cfg) {
        return dialect != null ? dialect.forced : cfg.dialect();
    }
}
