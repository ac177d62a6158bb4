package dev.xenlint.workspace;

import dev.xenlint.analysis.RuleSelection;
import dev.xenlint.config.ConfigException;
import dev.xenlint.config.ProjectConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files xenlint works on and the configuration that applies to each: either one file given
 * explicitly ({@code --config}) or the nearest {@code .xenlint.toml} above each file, up to the
 * repository root. Loaded configurations are cached per directory; {@link #invalidate} forgets
 * what a changed, created or deleted configuration file affects (an editor calls it when it sees
 * one change). Safe to use from several threads.
 */
public final class Workspace {

    private final Path root;
    private final Path explicitFile;
    private final Overrides overrides;
    private volatile ProjectConfig explicit;
    private final Map<Path, ProjectConfig> byFile = new ConcurrentHashMap<>();
    private final Map<Path, Path> configOfDirectory = new ConcurrentHashMap<>();

    /** A directory with no configuration file above it. */
    private static final Path NONE = Path.of("");

    /**
     * @param root         the directory unsaved documents and standard input are resolved against
     *                     (null: the current directory)
     * @param explicitFile the configuration to use for every file ({@code --config}), or null to
     *                     search for {@code .xenlint.toml}
     * @param overrides    what the command line adds on top of the configuration
     * @throws ConfigException when {@code explicitFile} cannot be read or is invalid
     */
    public Workspace(Path root, Path explicitFile, Overrides overrides) throws ConfigException {
        this.root = (root == null ? Path.of("") : root).toAbsolutePath().normalize();
        this.explicitFile = explicitFile;
        this.overrides = overrides == null ? Overrides.NONE : overrides;
        this.explicit = explicitFile == null ? null : ProjectConfig.load(explicitFile);
    }

    /** A workspace at {@code root} that searches for {@code .xenlint.toml} and adds nothing. */
    public static Workspace at(Path root) {
        try {
            return new Workspace(root, null, Overrides.NONE);
        } catch (ConfigException e) {
            throw new AssertionError("no file was loaded", e);
        }
    }

    public Path root() {
        return root;
    }

    public Overrides overrides() {
        return overrides;
    }

    /**
     * The configuration for a file, or for a directory's entries when {@code path} is a directory.
     * {@code null} stands for a document without a file (standard input, an unsaved buffer): it
     * gets the configuration of the workspace root.
     */
    public ProjectConfig configFor(Path path) throws ConfigException {
        ProjectConfig fixed = explicit;
        if (fixed != null) {
            return fixed;
        }
        Path dir = path == null ? root : root.resolve(path).normalize();
        if (path != null && !Files.isDirectory(dir)) {
            dir = dir.getParent() == null ? dir : dir.getParent();
        }
        Path found = configOfDirectory.get(dir);
        if (found == null) {
            Path f = ProjectConfig.find(dir);
            found = f == null ? NONE : f;
            configOfDirectory.put(dir, found);
        }
        if (found == NONE) {
            return ProjectConfig.DEFAULT;
        }
        ProjectConfig config = byFile.get(found);
        if (config == null) {
            config = ProjectConfig.load(found);
            byFile.put(found, config);
        }
        return config;
    }

    /** The settings for one file ({@code null}: a document without a file), the overrides applied. */
    public FileSettings settingsFor(Path path) throws ConfigException {
        ProjectConfig cfg = configFor(path);
        RuleSelection base = cfg.selectionFor(path == null ? null : root.resolve(path));
        List<String> ignore = new ArrayList<>(base.ignore());
        ignore.addAll(overrides.ignore());
        RuleSelection selection = new RuleSelection(overrides.select() != null ? overrides.select() : base.select(),
                List.copyOf(ignore), base.severities());
        FileSettings.DialectSource source;
        var dialect = overrides.dialect();
        if (dialect != null) {
            source = FileSettings.DialectSource.FLAG;
        } else if (cfg.dialect() != null) {
            dialect = cfg.dialect();
            source = FileSettings.DialectSource.CONFIG;
        } else {
            source = FileSettings.DialectSource.DETECTED;
        }
        return new FileSettings(cfg, dialect, source, selection, cfg.formatOptions(),
                overrides.xenVersion() != null ? overrides.xenVersion() : cfg.xenVersion());
    }

    /** Whether a path names a configuration file xenlint reads (so a change to it calls for {@link #invalidate}). */
    public boolean isConfigFile(Path path) {
        if (path == null) {
            return false;
        }
        Path name = path.getFileName();
        return name != null && name.toString().equals(ProjectConfig.FILE_NAME)
                || explicitFile != null && root.resolve(path).normalize().equals(root.resolve(explicitFile).normalize());
    }

    /**
     * Forgets what a configuration file's change affects: its loaded settings and which
     * configuration applies to the directories below it (a new file there takes over, a deleted
     * one hands over to the next one up). For the {@code --config} file it reloads it.
     *
     * @throws ConfigException when the explicit configuration file became invalid
     */
    public void invalidate(Path changed) throws ConfigException {
        Path abs = root.resolve(changed).normalize();
        if (explicitFile != null && abs.equals(root.resolve(explicitFile).normalize())) {
            explicit = ProjectConfig.load(explicitFile);
            return;
        }
        byFile.remove(abs);
        Path dir = abs.getParent();
        if (dir == null) {
            configOfDirectory.clear();
            return;
        }
        configOfDirectory.keySet().removeIf(d -> d.startsWith(dir));
    }

    /** Forgets every loaded configuration. */
    public void invalidateAll() throws ConfigException {
        byFile.clear();
        configOfDirectory.clear();
        if (explicitFile != null) {
            explicit = ProjectConfig.load(explicitFile);
        }
    }
}
