package dev.xenlint.cli;

import dev.xenlint.config.ConfigException;
import dev.xenlint.config.ProjectConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Finds the configuration for each file: the one given with --config, or the nearest .xenlint.toml. */
final class ConfigResolver {

    private final ProjectConfig explicit;
    private final Map<Path, ProjectConfig> byFile = new HashMap<>();
    private final Map<Path, ProjectConfig> byDirectory = new HashMap<>();

    ConfigResolver(Path explicitFile) throws ConfigException {
        this.explicit = explicitFile == null ? null : ProjectConfig.load(explicitFile);
    }

    /** The configuration for a file (or for a directory's entries when {@code path} is a directory). */
    ProjectConfig forPath(Path path) throws ConfigException {
        if (explicit != null) {
            return explicit;
        }
        Path dir = path.toAbsolutePath().normalize();
        if (!java.nio.file.Files.isDirectory(dir)) {
            dir = dir.getParent() == null ? dir : dir.getParent();
        }
        ProjectConfig known = byDirectory.get(dir);
        if (known != null) {
            return known;
        }
        Path found = ProjectConfig.find(dir);
        ProjectConfig config = found == null ? ProjectConfig.DEFAULT : byFile.get(found);
        if (config == null) {
            config = ProjectConfig.load(found);
            byFile.put(found, config);
        }
        byDirectory.put(dir, config);
        return config;
    }
}
