package dev.xenlint.engine;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.config.ConfigException;
import dev.xenlint.fix.Fixer;
import dev.xenlint.fix.SafeWriter;
import dev.xenlint.format.Formatter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Fix;
import dev.xenlint.output.ModelDump;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.Trace;
import dev.xenlint.workspace.Discovery;
import dev.xenlint.workspace.FileSettings;
import dev.xenlint.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one owner of "analyse this file under its configuration": what the command line, the
 * language server and the fleet checks call. A session works over one {@link Workspace}; it keeps
 * no state of its own between calls, so one session can serve many runs and many documents.
 */
public final class Session {

    private static final Comparator<Diagnostic> BY_POSITION = Diagnostic.BY_POSITION;

    /** Analyses one text (the linter; tests put a failing one in its place). */
    interface Analyzer {
        Analysis analyze(SourceText source, dev.xenlint.analysis.LintOptions options);
    }

    /** Writes a fixed file (SafeWriter; tests put a refusing one in its place). */
    interface Writer {
        void write(Path path, byte[] original, byte[] content, boolean force) throws SafeWriter.WriteException;
    }

    private final Workspace workspace;
    private final Analyzer analyzer;
    private final Writer writer;

    public Session(Workspace workspace) {
        this(workspace, LINTER, SAFE_WRITER);
    }

    // classes, not method references: see StartupPathTest (no lambda on the way of a short check)
    private static final Analyzer LINTER = new Analyzer() {
        @Override
        public Analysis analyze(SourceText source, LintOptions options) {
            return Linter.analyze(source, options);
        }
    };

    private static final Writer SAFE_WRITER = new Writer() {
        @Override
        public void write(Path path, byte[] original, byte[] content, boolean force) throws SafeWriter.WriteException {
            SafeWriter.write(path, original, content, force);
        }
    };

    /** Told nothing (a class, not a lambda: see StartupPathTest). */
    static final java.util.function.Consumer<Discovery.Skipped> IGNORE_SKIPPED = new java.util.function.Consumer<>() {
        @Override
        public void accept(Discovery.Skipped skipped) {
        }
    };

    Session(Workspace workspace, Analyzer analyzer, Writer writer) {
        this.workspace = workspace;
        this.analyzer = analyzer;
        this.writer = writer;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The settings that apply to a document: those of its file, or of the workspace root for a buffer without one. */
    public FileSettings settingsFor(Document document) throws ConfigException {
        return workspace.settingsFor(document.path());
    }

    /**
     * Analyses a document as it is held in memory (an editor's buffer, possibly unsaved) under the
     * configuration of its file. Nothing is read from disk but configuration files.
     *
     * @throws ConfigException when the configuration that applies is invalid
     */
    public Analysis analyze(Document document) throws ConfigException {
        return analyze(document, settingsFor(document));
    }

    /** Analyses a document under settings the caller already resolved. */
    public Analysis analyze(Document document, FileSettings settings) {
        return analyzer.analyze(document.source(), settings.lintOptions());
    }

    /**
     * The conversion of a document to xl, under its configuration (its dialect, Xen version).
     *
     * @param syntax the syntax check the conversion starts from (its diagnostics are the syntax errors)
     * @param result the converted text and notes, or null when the document has syntax errors
     */
    public record Conversion(Analysis syntax, dev.xenlint.convert.Converter.Result result) {
        public boolean refused() {
            return result == null;
        }
    }

    /** Converts a document to xl; a document with syntax errors is refused ({@link Conversion#refused}). */
    public Conversion convert(Document document, String domainName) throws ConfigException {
        FileSettings settings = settingsFor(document);
        Analysis syntax = analyzer.analyze(document.source(), settings.syntaxOnly());
        if (!syntax.diagnostics().isEmpty()) {
            return new Conversion(syntax, null);
        }
        return new Conversion(syntax, dev.xenlint.convert.Converter.toXl(syntax, domainName, settings.xenVersion()));
    }

    /**
     * The canonical layout of a document (as {@code format} writes it and an editor formats it).
     *
     * @param syntax the syntax check the layout starts from (its diagnostics are the syntax errors)
     * @param text   the laid-out text, or null when the document has syntax errors
     */
    public record Formatting(Analysis syntax, String text) {
        public boolean refused() {
            return text == null;
        }
    }

    /** Lays a document out under its configuration ({@code [format]}); one with syntax errors is refused. */
    public Formatting format(Document document) throws ConfigException {
        FileSettings settings = settingsFor(document);
        return format(document, settings.syntaxOnly(), settings.format());
    }

    /** Lays a document out under options the caller already resolved (an editor's, for its buffer). */
    public Formatting format(Document document, LintOptions syntaxOptions, Formatter.Options layout) {
        Analysis syntax = analyzer.analyze(document.source(), syntaxOptions);
        if (!syntax.diagnostics().isEmpty()) {
            return new Formatting(syntax, null);
        }
        return new Formatting(syntax, Formatter.format(syntax.syntax(), layout));
    }

    /**
     * Applies the fixes the rules offer to a document held in memory, re-checking and repeating as
     * {@code check --fix} does; nothing is written (the result's text is the fixed document).
     */
    public Fixer.Result fix(Document document, LintOptions options, boolean unsafe) {
        return Fixer.fix(document.source(), options, unsafe);
    }

    /**
     * What xenlint understood of a document, as {@code dump} prints it.
     *
     * @param analysis the analysis the dump shows (for its internal errors)
     * @param json     the dump, ready for {@code Json.pretty}
     */
    public record Dump(Analysis analysis, Map<String, Object> json) {
    }

    /**
     * Dumps a document's model under settings already resolved. The model's dialect reason says where
     * the dialect came from: the command line ({@code set by --dialect}), the {@code .xenlint.toml} that
     * set it ({@link FileSettings#lintOptions()} tells the model), or the evidence that detected it.
     */
    public Dump dump(Document document, FileSettings settings, boolean withLocations) {
        Analysis analysis = analyzer.analyze(document.source(), settings.lintOptions());
        Map<String, Object> json = ModelDump.of(document.displayPath(), analysis, withLocations);
        return new Dump(analysis, json);
    }

    /**
     * Checks files, directories (walked for the files their configuration takes) and {@code -}
     * (standard input): each input is analysed under its configuration, fixed when asked, and handed
     * to the reporter in input order; the summary goes to the reporter last and is returned. A file
     * that cannot be read, or that xenlint fails on, is reported as such and the run goes on.
     */
    public RunSummary check(List<String> paths, CheckRequest request, Reporter reporter) {
        return check(paths, request, reporter, IGNORE_SKIPPED);
    }

    /** {@link #check(List, CheckRequest, Reporter)}, telling {@code skipped} what directory walks left out and why. */
    public RunSummary check(List<String> paths, CheckRequest request, Reporter reporter,
                            java.util.function.Consumer<Discovery.Skipped> skipped) {
        Run run = new Run(request);
        List<String> files = Discovery.expand(paths, workspace, run.problems, skipped);
        Trace.mark("inputs listed");
        boolean collect = !request.crossFileChecks().isEmpty();
        List<Checked> done = new ArrayList<>();
        // files are analysed in parallel; what a file adds to the run is taken in input order, here.
        // Files are fixed one after another: a file named twice must be re-read after its first fix.
        int threads = request.fix() == CheckRequest.FixMode.FIX ? 1 : request.threads();
        InOrder.forEach(files, threads, new java.util.function.Function<String, Checked>() {
            @Override
            public Checked apply(String file) {
                Run own = new Run(request);
                return checkOne(file, request, own).from(own);
            }
        }, new java.util.function.Consumer<Checked>() {
            @Override
            public void accept(Checked checked) {
                Checked c = checked;
                run.problems.addAll(c.own.problems);
                run.notices.addAll(c.own.notices);
                if (collect) {
                    if (c.analyzed != null) {
                        for (CrossFileCheck check : request.crossFileChecks()) {
                            check.collect(c.analyzed);
                        }
                        c = new Checked(c.report, null, c.analyzed.document(), null); // the analysis is not kept
                    }
                    done.add(c);
                } else {
                    run.deliver(c.report, reporter);
                }
            }
        });
        if (collect) {
            Map<Document, List<Diagnostic>> extra = new IdentityHashMap<>();
            for (CrossFileCheck check : request.crossFileChecks()) {
                check.finish(new CrossFileCheck.Sink() {
                    @Override
                    public void report(CrossFileCheck.AnalyzedFile file, Diagnostic d) {
                        List<Diagnostic> list = extra.get(file.document());
                        if (list == null) {
                            list = new ArrayList<>();
                            extra.put(file.document(), list);
                        }
                        list.add(d);
                    }
                });
            }
            for (Checked c : done) {
                List<Diagnostic> more = c.document == null ? null : extra.get(c.document);
                FileReport r = c.report;
                if (more != null) {
                    List<Diagnostic> all = new ArrayList<>(r.diagnostics());
                    all.addAll(more);
                    all.sort(BY_POSITION);
                    r = new FileReport(r.displayPath(), r.path(), r.source(), all, r.error(), r.fixes());
                }
                run.deliver(r, reporter);
            }
        }
        Trace.mark("files checked and delivered");
        RunSummary summary = run.summary();
        reporter.finish(summary);
        return summary;
    }

    /**
     * One input's report, what cross-file checks see of it (null when it was not analysed, and
     * dropped once they have seen it), the document their findings are keyed by, and what
     * checking it added to the run (its problems and notices).
     */
    private record Checked(FileReport report, CrossFileCheck.AnalyzedFile analyzed, Document document, Run own) {
        Checked(FileReport report, CrossFileCheck.AnalyzedFile analyzed) {
            this(report, analyzed, analyzed == null ? null : analyzed.document(), null);
        }

        /** With the problems and notices checking this file gave (in {@code own}), for the run to take in order. */
        Checked from(Run own) {
            return new Checked(report, analyzed, document, own);
        }
    }

    private Checked checkOne(String file, CheckRequest request, Run run) {
        boolean stdin = file.equals(Inputs.STDIN);
        String name = stdin ? (request.stdinName() == null ? "<stdin>" : request.stdinName()) : file;
        Path configPath = stdin ? (request.stdinName() == null ? null : Path.of(request.stdinName())) : Path.of(file);
        FileSettings settings;
        try {
            settings = workspace.settingsFor(configPath);
        } catch (ConfigException e) {
            return run.failed(name, stdin ? null : Path.of(file), e.getMessage());
        }
        Trace.mark("file: settings");
        Inputs.Input input = Inputs.read(file, request.stdin(), name);
        Trace.mark("file: read");
        if (input.error() != null) {
            return run.failed(name, input.path(), input.error());
        }
        try {
            Document doc = new Document(name, input.path(), 0, input.source());
            if (request.fix() == CheckRequest.FixMode.NONE) {
                Analysis analysis = analyze(doc, settings);
                return checked(run, doc, settings, analysis, null);
            }
            return fixOne(doc, input, settings, request, run);
        } catch (OutOfMemoryError e) {
            // what the file's analysis held is unreachable once this frame is left: the run goes on
            return run.failed(name, input.path(), "ran out of memory while checking " + name + " (" + e.getMessage()
                    + "); the other files were checked. Give the JVM more with XENLINT_JAVA_OPTS=-Xmx2g, or report"
                    + " this with the file");
        } catch (RuntimeException | Error bug) {
            return run.failed(name, input.path(), "internal error while checking " + name + " (" + bug
                    + "); the other files were checked. Please report this with the file");
        }
    }

    private Checked fixOne(Document doc, Inputs.Input input, FileSettings settings, CheckRequest request, Run run) {
        SourceText original = doc.source();
        Fixer.Result result = fix(doc, settings.lintOptions(), request.unsafeFixes());
        if (result.capReached()) {
            run.problems.add(doc.displayPath() + ": fixes were still pending after " + Fixer.MAX_PASSES
                    + " passes; run again or fix the rest by hand");
        }
        for (String withheld : result.rolledBack()) {
            run.notices.add(doc.displayPath() + ": did not apply \"" + withheld
                    + "\": it would have made the file unreadable");
        }
        for (String withheld : result.dialectKept()) {
            run.notices.add(doc.displayPath() + ": did not apply \"" + withheld
                    + "\": it would have changed the file's dialect (give --dialect to choose it)");
        }
        Analysis analysis = result.last();
        SourceText fixed = analysis.source();
        boolean stdin = input.path() == null;
        if (!result.changed(original)) {
            if (stdin && request.fix() == CheckRequest.FixMode.FIX && request.stdinOutput() != null) {
                request.stdinOutput().accept(input.bytes());
            }
            return checked(run, doc, settings, analysis,
                    new FileReport.Fixes(original, original, 0, FileReport.Fixes.Status.UNCHANGED, null));
        }
        // the fixed file's encoding (a fix may have removed the BOM): the bytes --diff shows (UnifiedDiff.of)
        byte[] bytes = fixed.encode(fixed.text());
        if (request.fix() == CheckRequest.FixMode.DIFF || stdin) {
            if (stdin && request.fix() == CheckRequest.FixMode.FIX && request.stdinOutput() != null) {
                request.stdinOutput().accept(bytes);
            }
            return checked(run, doc, settings, analysis, new FileReport.Fixes(original, fixed, result.applied(),
                    FileReport.Fixes.Status.PREVIEWED, null));
        }
        try {
            if (!java.nio.file.Files.isRegularFile(input.path())) {
                // a pipe or device named explicitly was read once; opening it again would block, and
                // renaming a file over it would replace the device node
                throw new SafeWriter.WriteException(doc.displayPath()
                        + " is not a regular file (a pipe or a device); not writing");
            }
            writer.write(input.path(), input.bytes(), bytes, request.forceWrite());
        } catch (SafeWriter.WriteException e) {
            run.problems.add(e.getMessage());
            // the file on disk keeps its problems: report those
            Analysis onDisk = analyze(doc, settings);
            return checked(run, doc, settings, onDisk, new FileReport.Fixes(original, fixed, result.applied(),
                    FileReport.Fixes.Status.REFUSED, e.getMessage()));
        }
        Document written = new Document(doc.displayPath(), doc.path(), doc.version(), fixed);
        return checked(run, written, settings, analysis, new FileReport.Fixes(original, fixed, result.applied(),
                FileReport.Fixes.Status.WRITTEN, null));
    }

    private static Checked checked(Run run, Document doc, FileSettings settings, Analysis analysis,
                                   FileReport.Fixes fixes) {
        for (dev.xenlint.analysis.RuleFailure f : analysis.ruleFailures()) {
            run.problems.add("internal error: " + f.describe() + " on " + doc.displayPath() + "; please report it");
        }
        FileReport report = new FileReport(doc.displayPath(), doc.path(), analysis.source(), analysis.diagnostics(),
                null, fixes);
        return new Checked(report, new CrossFileCheck.AnalyzedFile(doc, settings, analysis));
    }

    /** What a run counts while it goes. */
    private static final class Run {
        final CheckRequest request;
        final List<String> problems = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        final List<String> notWritten = new ArrayList<>();
        final int[] bySeverity = new int[3];
        int fixable;
        int checked;
        int failed;
        int fixedProblems;
        int fixedFiles;

        Run(CheckRequest request) {
            this.request = request;
        }

        Checked failed(String name, Path path, String error) {
            problems.add(error);
            return new Checked(FileReport.failed(name, path, error), null);
        }

        void deliver(FileReport r, Reporter reporter) {
            if (!r.readable()) {
                failed++;
            } else {
                checked++;
                for (Diagnostic d : r.diagnostics()) {
                    bySeverity[d.severity().ordinal()]++;
                    fixable += d.fixApplicability() == Fix.Applicability.SAFE ? 1 : 0;
                }
                FileReport.Fixes f = r.fixes();
                if (f != null) {
                    switch (f.status()) {
                        case WRITTEN, PREVIEWED -> {
                            fixedFiles++;
                            fixedProblems += f.applied();
                        }
                        case REFUSED -> notWritten.add(r.displayPath());
                        case UNCHANGED -> { }
                    }
                }
            }
            reporter.file(r);
        }

        RunSummary summary() {
            return new RunSummary(checked, bySeverity[dev.xenlint.lint.Severity.ERROR.ordinal()],
                    bySeverity[dev.xenlint.lint.Severity.WARNING.ordinal()],
                    bySeverity[dev.xenlint.lint.Severity.INFO.ordinal()], fixable, request.threshold(), problems,
                    fixedProblems, fixedFiles, failed, notWritten, notices);
        }
    }
}
