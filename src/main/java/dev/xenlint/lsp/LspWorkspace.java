package dev.xenlint.lsp;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.config.ConfigException;
import dev.xenlint.engine.CrossFileCheck;
import dev.xenlint.engine.Document;
import dev.xenlint.engine.Session;
import dev.xenlint.format.Formatter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lsp.services.AnalyzedDocument;
import dev.xenlint.lsp.services.PositionMapper;
import dev.xenlint.text.SourceText;
import dev.xenlint.workspace.FileSettings;
import dev.xenlint.workspace.Workspace;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * What the server knows: the workspace folders, the open documents (their latest text) and the
 * latest analysis of each. Which configuration applies to a document, and the analysis itself, are
 * the engine's: a {@link Session} over a {@link Workspace} (the nearest {@code .xenlint.toml}, as
 * {@code check} finds it), told when a configuration file changes.
 *
 * <p>Checks across files (fleet checks) can be added here: {@link #openDocuments()} and the folders
 * are what such a check runs over, through the same session.
 */
public final class LspWorkspace {

    /** An open document's latest text. */
    public record OpenDocument(String uri, Path path, int version, String text) {
    }

    /** The configuration for a file, and the problem reading it (null when none). */
    record Settings(FileSettings settings, LintOptions options, Formatter.Options format, String problem) {
    }

    private final List<Path> folders = new CopyOnWriteArrayList<>();
    private final Map<String, OpenDocument> open = new ConcurrentHashMap<>();
    private final Map<String, AnalyzedDocument> analyses = new ConcurrentHashMap<>();
    /** Why the configuration of a directory could not be read, until a configuration file changes. */
    private final Map<Path, String> problems = new ConcurrentHashMap<>();
    private volatile Session session = new Session(Workspace.at(null));
    private volatile Supplier<List<CrossFileCheck>> crossFileChecks = List::of;
    private volatile PositionMapper.Encoding encoding = PositionMapper.Encoding.UTF16;

    public void setEncoding(PositionMapper.Encoding encoding) {
        this.encoding = encoding;
    }

    public PositionMapper.Encoding encoding() {
        return encoding;
    }

    public void addFolder(Path folder) {
        folders.add(folder.toAbsolutePath().normalize());
        newSession();
    }

    public void removeFolder(Path folder) {
        folders.remove(folder.toAbsolutePath().normalize());
        newSession();
    }

    /** The engine session documents are analysed with; its root is the first folder. */
    public Session session() {
        return session;
    }

    private void newSession() {
        session = new Session(Workspace.at(folders.isEmpty() ? null : folders.get(0)));
        problems.clear();
        analyses.clear();
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

    /** Forgets every configuration read so far. */
    public void configurationChanged() {
        try {
            session.workspace().invalidateAll();
        } catch (ConfigException e) {
            throw new AssertionError("the workspace has no --config file", e);
        }
        problems.clear();
        analyses.clear();
    }

    /** A configuration file changed, appeared or went away: forgets what it affects. */
    public void configurationChanged(Path file) {
        try {
            session.workspace().invalidate(file);
        } catch (ConfigException e) {
            throw new AssertionError("the workspace has no --config file", e);
        }
        problems.clear();
        analyses.clear();
    }

    /** Whether a file is one of xenlint's configuration files. */
    public boolean isConfigFile(Path file) {
        return session.workspace().isConfigFile(file);
    }

    /**
     * The checks across files to run over the open documents (a fresh instance of each per call);
     * none by default.
     */
    public void setCrossFileChecks(Supplier<List<CrossFileCheck>> checks) {
        this.crossFileChecks = checks;
    }

    /** Whether an edit of one document can change the findings of the others. */
    public boolean hasCrossFileChecks() {
        return !crossFileChecks.get().isEmpty();
    }

    /**
     * The analysis of the document's latest text, computed now if it is not known yet, with the
     * findings of the checks across the open documents; null if not open.
     */
    public AnalyzedDocument analysis(String uri) {
        AnalyzedDocument own = fileAnalysis(uri);
        List<CrossFileCheck> checks = crossFileChecks.get();
        if (own == null || own.settings() == null || checks.isEmpty()) {
            return own;
        }
        CrossFileCheck.AnalyzedFile mine = null;
        for (OpenDocument d : open.values()) {
            AnalyzedDocument a = d.uri().equals(uri) ? own : fileAnalysis(d.uri());
            if (a == null || a.settings() == null) {
                continue;
            }
            CrossFileCheck.AnalyzedFile f = new CrossFileCheck.AnalyzedFile(a.document(), a.settings(), a.analysis());
            if (a == own) {
                mine = f;
            }
            for (CrossFileCheck c : checks) {
                c.collect(f);
            }
        }
        CrossFileCheck.AnalyzedFile target = mine;
        List<Diagnostic> all = new ArrayList<>(own.analysis().diagnostics());
        int before = all.size();
        for (CrossFileCheck c : checks) {
            c.finish((file, d) -> {
                if (file.document() == target.document()) {
                    all.add(d);
                }
            });
        }
        if (all.size() == before) {
            return own;
        }
        all.sort(BY_POSITION);
        return own.withDiagnostics(List.copyOf(all));
    }

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparingInt((Diagnostic d) -> d.range().start())
            .thenComparingInt(d -> d.range().end())
            .thenComparing(Diagnostic::code);

    /** The analysis of one document alone, cached per version. */
    private AnalyzedDocument fileAnalysis(String uri) {
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
        Analysis analysis = settings.settings() != null ? session.analyze(document, settings.settings())
                : Linter.analyze(source, settings.options());
        return new AnalyzedDocument(doc.uri(), document, settings.options(), settings.format(), analysis,
                new PositionMapper(source, encoding), settings.settings());
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
        Path dir = file == null ? null : file.getParent();
        String known = dir == null ? null : problems.get(dir);
        if (known != null) {
            return new Settings(null, LintOptions.DEFAULT, Formatter.Options.DEFAULT, known);
        }
        try {
            FileSettings fs = session.workspace().settingsFor(file);
            return new Settings(fs, fs.lintOptions(), fs.format(), null);
        } catch (ConfigException e) {
            String problem = e.getMessage() + "; using the default settings until it is fixed";
            if (dir != null) {
                problems.put(dir, problem); // not read again on every keystroke
            }
            return new Settings(null, LintOptions.DEFAULT, Formatter.Options.DEFAULT, problem);
        }
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
