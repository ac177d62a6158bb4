package dev.xenlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.Linter;
import dev.xenlint.config.ConfigException;
import dev.xenlint.fix.SafeWriter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import dev.xenlint.workspace.FileSettings;
import dev.xenlint.workspace.Overrides;
import dev.xenlint.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine as an editor, a fleet check and the command line use it. */
class SessionTest {

    /** Collects what a run reports. */
    static final class Collecting implements Reporter {
        final List<FileReport> files = new ArrayList<>();
        RunSummary summary;

        @Override
        public void file(FileReport file) {
            files.add(file);
        }

        @Override
        public void finish(RunSummary s) {
            summary = s;
        }
    }

    @Test
    void analysesAnUnsavedDocumentUnderTheConfigurationOfItsDirectory(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".xenlint.toml"), """
                dialect = "xl"
                ignore = ["missing-kernel"]
                [severity]
                unknown-key = "error"
                """);
        Files.createDirectories(dir.resolve("vm"));
        Path unsaved = dir.resolve("vm").resolve("new.cfg"); // the editor has not saved it yet
        Session session = new Session(Workspace.at(dir));
        Document doc = new Document("vm/new.cfg", unsaved, 7,
                SourceText.of("vm/new.cfg", "name = 'web'\nmemroy = 512\nimport os\n"));

        Analysis a = session.analyze(doc);

        assertFalse(Files.exists(unsaved), "nothing is written");
        assertEquals(Dialect.XL, a.model().dialect(), "dialect from .xenlint.toml, although the text uses Python");
        assertEquals(FileSettings.DialectSource.CONFIG, session.settingsFor(doc).dialectSource());
        List<String> found = a.diagnostics().stream().map(d -> d.code() + ":" + d.severity().id()).toList();
        assertTrue(found.contains("XC101:error"), "severity from the configuration: " + found);
        assertFalse(found.stream().anyMatch(f -> f.startsWith("XC207")), "missing-kernel ignored: " + found);
    }

    @Test
    void formatsAndFixesADocumentInMemoryUnderItsConfiguration(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".xenlint.toml"), "[format]\nquote-style = \"double\"\n");
        Session session = new Session(Workspace.at(dir));
        Path unsaved = dir.resolve("web.cfg"); // never written: the editor's buffer is all there is
        Document doc = new Document("web.cfg", unsaved, 1, SourceText.of("web.cfg", "name='web'\nmemory=512\n"));
        Session.Formatting formatting = session.format(doc);
        assertFalse(formatting.refused());
        assertEquals("name = \"web\"\nmemory = 512\n", formatting.text());

        Document broken = new Document("web.cfg", unsaved, 2, SourceText.of("web.cfg", "name = [\n"));
        assertTrue(session.format(broken).refused(), "a document with syntax errors is not laid out");

        Document typo = new Document("web.cfg", unsaved, 3, SourceText.of("web.cfg", "memory = 512M\n"));
        var fixed = session.fix(typo, session.settingsFor(typo).lintOptions(), false);
        assertEquals("memory = 512\n", fixed.text());
        assertFalse(Files.exists(unsaved), "fixing a document writes nothing");
    }

    @Test
    void dumpSaysWhereTheDialectCameFrom(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".xenlint.toml"), "dialect = \"xm\"\n");
        Session session = new Session(Workspace.at(dir));
        Document doc = new Document("web.cfg", dir.resolve("web.cfg"), 0, SourceText.of("web.cfg", "memory = 512\n"));
        Session.Dump dump = session.dump(doc, session.settingsFor(doc), false);
        String reason = String.valueOf(dump.json().get("dialect_reason"));
        assertTrue(reason.startsWith("set by `dialect = \"xm\"` in "), reason);
        assertTrue(reason.endsWith(".xenlint.toml"), reason);
        assertEquals(reason, session.analyze(doc, session.settingsFor(doc)).model().dialectReason(),
                "the model itself says where its dialect came from, not only dump");
    }

    @Test
    void aChangedConfigurationTakesEffectAfterInvalidation(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path toml = dir.resolve(".xenlint.toml");
        Files.writeString(toml, "[severity]\nunknown-key = \"error\"\n");
        Files.createDirectories(dir.resolve("vm"));
        Workspace ws = Workspace.at(dir);
        Session session = new Session(ws);
        Document doc = new Document("vm/a.cfg", dir.resolve("vm/a.cfg"), 1,
                SourceText.of("vm/a.cfg", "name = 'a'\nkernel = '/k'\nmemroy = 1\n"));
        assertEquals(Severity.ERROR, severityOf("XC101", session.analyze(doc)));

        Files.writeString(toml, "[severity]\nunknown-key = \"info\"\n");
        assertEquals(Severity.ERROR, severityOf("XC101", session.analyze(doc)), "cached until told");
        assertTrue(ws.isConfigFile(toml));
        ws.invalidate(toml);
        assertEquals(Severity.INFO, severityOf("XC101", session.analyze(doc)));

        // a new configuration nearer to the file takes over
        Path nearer = dir.resolve("vm").resolve(".xenlint.toml");
        Files.writeString(nearer, "ignore = [\"unknown-key\"]\n");
        ws.invalidate(nearer);
        assertNull(severityOf("XC101", session.analyze(doc)));

        // and when it is deleted again, the one above applies again
        Files.delete(nearer);
        ws.invalidate(nearer);
        assertEquals(Severity.INFO, severityOf("XC101", session.analyze(doc)));
    }

    @Test
    void aDocumentWithoutAFileGetsTheRootConfiguration(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".xenlint.toml"), "dialect = \"xm\"\n");
        Session session = new Session(Workspace.at(dir));
        Analysis a = session.analyze(new Document("untitled-1", null, 1, SourceText.of("untitled-1", "name = 'a'\n")));
        assertEquals(Dialect.XM, a.model().dialect());
    }

    @Test
    void anInvalidConfigurationIsAnErrorForTheDocument(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".xenlint.toml"), "[format]\nline-widht = 50\n");
        Session session = new Session(Workspace.at(dir));
        Document doc = new Document("a.cfg", dir.resolve("a.cfg"), 1, SourceText.of("a.cfg", "name = 'a'\n"));
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> session.analyze(doc));
        assertTrue(e.getMessage().contains("unknown setting `line-widht`"), e.getMessage());
    }

    @Test
    void checkReportsEveryInputInOrderAndSummarises(@TempDir Path dir) throws Exception {
        Path b = write(dir, "b.cfg", "name = 'b'\nkernel = '/k'\nmemroy = 1\n");
        Path a = write(dir, "a.cfg", "name = 'a'\nkernel = '/k'\n");
        Collecting r = new Collecting();
        RunSummary s = new Session(Workspace.at(dir)).check(
                List.of(b.toString(), dir.resolve("missing.cfg").toString(), a.toString()), CheckRequest.defaults(), r);
        assertEquals(List.of(b.toString(), dir.resolve("missing.cfg").toString(), a.toString()),
                r.files.stream().map(FileReport::displayPath).toList(), "input order, unreadable ones included");
        assertFalse(r.files.get(1).readable());
        assertEquals(s, r.summary);
        assertEquals(2, s.filesChecked());
        assertEquals(1, s.filesFailed());
        assertEquals(1, s.warnings());
        assertEquals(1, s.problems().size());
        assertTrue(s.failed());
    }

    @Test
    void oneFileFailingInternallyDoesNotAbortTheRun(@TempDir Path dir) throws Exception {
        Path bad = write(dir, "bad.cfg", "name = 'CRASH'\n");
        Path good = write(dir, "good.cfg", "name = 'g'\nkernel = '/k'\nmemroy = 1\n");
        Session.Analyzer crashing = (source, options) -> {
            if (source.text().contains("CRASH")) {
                throw new IllegalStateException("boom");
            }
            return Linter.analyze(source, options);
        };
        Collecting r = new Collecting();
        RunSummary s = new Session(Workspace.at(dir), crashing, SafeWriter::write)
                .check(List.of(bad.toString(), good.toString()), CheckRequest.defaults(), r);
        assertEquals(2, r.files.size());
        assertTrue(r.files.get(0).error().contains("internal error while checking " + bad), r.files.get(0).error());
        assertTrue(r.files.get(0).error().contains("boom"), r.files.get(0).error());
        assertEquals(1, r.files.get(1).diagnostics().size(), "the other file is checked");
        assertTrue(s.hasProblems(), "the run fails (exit 2)");
        assertEquals(1, s.filesFailed());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"oom", "linkage", "assertion"})
    void anErrorWhileCheckingOneFileIsThatFilesFailure(String kind, @TempDir Path dir) throws Exception {
        Path bad = write(dir, "bad.cfg", "name = 'CRASH'\n");
        Path good = write(dir, "good.cfg", "name = 'g'\nkernel = '/k'\nmemroy = 1\n");
        Session.Analyzer crashing = (source, options) -> {
            if (source.text().contains("CRASH")) {
                switch (kind) {
                    case "oom" -> throw new OutOfMemoryError("Java heap space");
                    case "linkage" -> throw new NoClassDefFoundError("dev/xenlint/Missing");
                    default -> throw new AssertionError("unexpected state");
                }
            }
            return Linter.analyze(source, options);
        };
        Collecting r = new Collecting();
        RunSummary s = new Session(Workspace.at(dir), crashing, SafeWriter::write)
                .check(List.of(bad.toString(), good.toString()), CheckRequest.defaults().withThreads(2), r);
        assertEquals(2, r.files.size());
        String error = r.files.get(0).error();
        assertTrue(error.startsWith(kind.equals("oom") ? "ran out of memory while checking " + bad + " (Java heap space)"
                : "internal error while checking " + bad), error);
        assertTrue(error.contains("the other files were checked"), error);
        assertEquals(1, r.files.get(1).diagnostics().size(), "the other file is checked");
        assertTrue(s.hasProblems(), "the run fails (exit 2)");
        assertEquals(1, s.filesFailed());
    }

    @Test
    void aRefusedWriteKeepsTheFindingsOnDiskAndCountsNothingAsFixed(@TempDir Path dir) throws Exception {
        Path file = write(dir, "a.cfg", "name = 'a'\nkernel = '/k'\ncpu_cap = 50\n");
        Session.Writer refusing = (path, original, content, force) -> {
            throw new SafeWriter.WriteException(path + " is read-only; not writing");
        };
        Collecting r = new Collecting();
        Workspace xl = new Workspace(dir, null, Overrides.NONE.withDialect(Dialect.XL));
        RunSummary s = new Session(xl, Linter::analyze, refusing).check(List.of(file.toString()),
                CheckRequest.defaults().withFix(CheckRequest.FixMode.FIX, false), r);
        assertEquals(0, s.fixedProblems());
        assertEquals(0, s.fixedFiles());
        assertEquals(List.of(file.toString()), s.notWritten());
        assertEquals(1, s.warnings(), "the xm key is still in the file");
        assertEquals(FileReport.Fixes.Status.REFUSED, r.files.get(0).fixes().status());
        assertEquals(List.of(file + " is read-only; not writing"), s.problems());
        assertEquals("name = 'a'\nkernel = '/k'\ncpu_cap = 50\n", Files.readString(file));
    }

    @Test
    void aPipeGivenToFixIsReadButNeverWritten(@TempDir Path dir) throws Exception {
        // issue 9 audit: `check --fix FIFO` hung (the write re-opened the pipe to compare it), and a device
        // given to --fix would have been replaced by a regular file
        Path fifo = dir.resolve("a.cfg");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        String text = "name = 'a'\nkernel = '/k'\ncpu_cap = 50\n";
        java.util.concurrent.CompletableFuture<Void> feeding = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                Files.writeString(fifo, text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<Path> written = new ArrayList<>();
        Session.Writer recording = (path, original, content, force) -> {
            written.add(path);
        };
        Collecting r = new Collecting();
        Workspace xl = new Workspace(dir, null, Overrides.NONE.withDialect(Dialect.XL));
        RunSummary s = new Session(xl, Linter::analyze, recording).check(List.of(fifo.toString()),
                CheckRequest.defaults().withFix(CheckRequest.FixMode.FIX, false), r);
        feeding.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(List.of(), written, "nothing is written to a pipe");
        assertEquals(List.of(fifo + " is not a regular file (a pipe or a device); not writing"), s.problems());
        assertEquals(List.of(fifo.toString()), s.notWritten());
        assertEquals(1, s.warnings(), "the findings of the text read are reported");
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void crossFileChecksSeeEveryFileBeforeAnythingIsReported(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.cfg", "name = 'same'\nkernel = '/k'\n");
        Path b = write(dir, "b.cfg", "name = 'same'\nkernel = '/k'\n");
        List<String> events = new ArrayList<>();
        CrossFileCheck sameName = new CrossFileCheck() {
            final List<AnalyzedFile> seen = new ArrayList<>();

            @Override
            public void collect(AnalyzedFile file) {
                events.add("collect " + file.document().displayPath());
                seen.add(file);
            }

            @Override
            public void finish(Sink sink) {
                events.add("finish");
                AnalyzedFile second = seen.get(1);
                sink.report(second, new Diagnostic(dev.xenlint.lint.RuleInfo.of("XC900", "duplicate-name", Severity.WARNING, dev.xenlint.lint.RuleInfo.BOTH,
                dev.xenlint.lint.RuleInfo.ANY_GUEST, dev.xenlint.lint.RuleInfo.Fixability.NONE), Severity.WARNING,
                        new dev.xenlint.text.TextRange(0, 4), "name `same` is also used by " + a, List.of(), null));
            }
        };
        Reporter recording = new Reporter() {
            @Override
            public void file(FileReport file) {
                events.add("report " + file.displayPath() + " " + file.diagnostics().size());
            }

            @Override
            public void finish(RunSummary summary) {
                events.add("summary " + summary.warnings());
            }
        };
        new Session(Workspace.at(dir)).check(List.of(a.toString(), b.toString()),
                CheckRequest.defaults().withCrossFileChecks(List.of(sameName)), recording);
        assertEquals(List.of("collect " + a, "collect " + b, "finish", "report " + a + " 0", "report " + b + " 1",
                "summary 1"), events);
    }

    private static Severity severityOf(String code, Analysis a) {
        return a.diagnostics().stream().filter(d -> d.code().equals(code)).map(Diagnostic::severity).findFirst()
                .orElse(null);
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
