package dev.xenlint.lsp;

import dev.xenlint.config.ConfigException;
import dev.xenlint.config.ProjectConfig;
import dev.xenlint.engine.Document;
import dev.xenlint.format.Formatter;
import dev.xenlint.lint.Analysis;
import dev.xenlint.lint.LintOptions;
import dev.xenlint.lint.Linter;
import dev.xenlint.lsp.services.AnalyzedDocument;
import dev.xenlint.lsp.services.PositionMapper;
import dev.xenlint.text.SourceText;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the server knows: the workspace folders, the open documents (their latest text), the
 * configuration that applies to each (the nearest {@code .xenlint.toml}, as {@code check} finds it,
 * forgotten when one changes), and the latest analysis of each document.
 *
 * <p>Checks across files (fleet checks) can be added here: {@link #openDocuments()} and the folders
 * are what such a check runs over.
 */
public final class LspWorkspace {

    /** An open document's latest text. */
    public record OpenDocument(String uri, Path path, int version, String text) {
    }

    /** The configuration found for a directory, or the problem reading it. */
    private record DirectoryConfig(ProjectConfig config, Formatter.Options format, String problem) {
    }

    /** The configuration for a file, and the problem reading it (null when none). */
    record Settings(LintOptions options, Formatter.Options format, String problem) {
    }

    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
    private final Map<String, AnalyzedDocument> analyses = new ConcurrentHashMap<>();
    private final Map<Path, DirectoryConfig> byDirectory = new ConcurrentHashMap<>();
    private volatile PositionMapper.Encoding encoding = PositionMapper.Encoding.UTF16;

    public void setEncoding(PositionMapper.Encoding encoding) {
        this.encoding = encoding;
    }

    public PositionMapper.Encoding encoding() {
        return encoding;
    }

    public void addFolder(Path folder) {
        folders.add(folder.toAbsolutePath().normalize());
    }

    public void removeFolder(Path folder) {
        folders.remove(folder.toAbsolutePath().normalize());
        configurationChanged();
    }

    public List<Path> folders() {
        return List.copyOf(folders);
    }

    public OpenDocument open(String uri, int version, String text) {
        OpenDocument doc = new OpenDocument(uri, pathOf(uri), version, text);
        open.put(uri, doc);
        return doc;
    }

    public void close(String uri) {
        open.remove(uri);
        analyses.remove(uri);
    }

    public OpenDocument document(String uri) {
        return open.get(uri);
    }

    public Collection<OpenDocument> openDocuments() {
        return List.copyOf(open.values());
    }

    /** Forgets every configuration read so far: a {@code .xenlint.toml} changed, appeared or went away. */
    public void configurationChanged() {
        byDirectory.clear();
        analyses.clear();
    }

    /** The analysis of the document's latest text, computed now if it is not known yet; null if not open. */
    public AnalyzedDocument analysis(String uri) {
        OpenDocument doc = open.get(uri);
        if (doc == null) {
            return null;
        }
        AnalyzedDocument known = analyses.get(uri);
        if (known != null && known.document().version() == doc.version()
                && known.positions().encoding() == encoding && known.text().equals(doc.text())) {
            return known;
        }
        AnalyzedDocument fresh = analyze(doc);
        OpenDocument now = open.get(uri);
        if (now != null && now.version() == doc.version()) {
            analyses.put(uri, fresh);
        }
        return fresh;
    }

    /** Analyses one version of a document under its configuration. */
    public AnalyzedDocument analyze(OpenDocument doc) {
        Settings settings = settingsFor(doc.path());
        SourceText source = SourceText.of(doc.path() == null ? doc.uri() : doc.path().toString(), doc.text());
        Document document = new Document(displayPath(doc), doc.path(), doc.version(), source);
        Analysis analysis = Linter.analyze(source, settings.options());
        return new AnalyzedDocument(doc.uri(), document, settings.options(), settings.format(), analysis,
                new PositionMapper(source, encoding));
    }

    /** The problem with the configuration that applies to a document (to show the user), or null. */
    public String configurationProblem(String uri) {
        OpenDocument doc = open.get(uri);
        return doc == null ? null : settingsFor(doc.path()).problem();
    }

    private String displayPath(OpenDocument doc) {
        if (doc.path() == null) {
            return doc.uri();
        }
        for (Path folder : folders) {
            if (doc.path().startsWith(folder)) {
                return folder.relativize(doc.path()).toString();
            }
        }
        return doc.path().toString();
    }

    private Settings settingsFor(Path file) {
        Path dir = file != null ? file.getParent() : folders.isEmpty() ? null : folders.get(0);
        if (dir == null) {
            return new Settings(LintOptions.DEFAULT, Formatter.Options.DEFAULT, null);
        }
        DirectoryConfig dc = byDirectory.computeIfAbsent(dir, LspWorkspace::load);
        if (dc.problem() != null) {
            return new Settings(LintOptions.DEFAULT, Formatter.Options.DEFAULT, dc.problem());
        }
        ProjectConfig cfg = dc.config();
        return new Settings(new LintOptions(cfg.dialect(), file == null ? cfg.selection() : cfg.selectionFor(file),
                cfg.xenVersion()), dc.format(), null);
    }

    private static DirectoryConfig load(Path dir) {
        Path found = ProjectConfig.find(dir);
        try {
            ProjectConfig cfg = found == null ? ProjectConfig.DEFAULT : ProjectConfig.load(found);
            return new DirectoryConfig(cfg, formatOptions(cfg), null);
        } catch (ConfigException e) {
            return new DirectoryConfig(null, null, e.getMessage() + "; using the default settings until it is fixed");
        }
    }

    /** The {@code [format]} settings (checked when the configuration was loaded). */
    static Formatter.Options formatOptions(ProjectConfig cfg) throws ConfigException {
        return cfg.formatOptions();
    }

    /** The file a {@code file:} URI names, or null for other schemes (unsaved buffers). */
    static Path pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Path.of(u).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    List<String> openUris() {
        return new ArrayList<>(open.keySet());
    }
}
