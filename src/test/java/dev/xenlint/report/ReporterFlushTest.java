package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.lint.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The line-per-finding reporters write through the command line's writer, which flushes on every
 * {@code println} (one write call per line: 72,000 over 10,000 files): they flush once, at the end,
 * and print the same text (pinned by {@link ReportFormatTest}'s approval files).
 */
class ReporterFlushTest {

    /** Counts the flushes that reach it, as the terminal or report file would see write calls. */
    private static final class CountingWriter extends StringWriter {
        int flushes;

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void findingsAndNotesAreNotFlushedLineByLine() {
        List<FileReport> files = new ArrayList<>(ReportFixtures.acrossFiles());
        files.addAll(ReportFixtures.fixes());
        files.addAll(ReportFixtures.testdata());
        assertTrue(files.stream().anyMatch(f -> f.diagnostics().stream().anyMatch(d -> !d.related().isEmpty())),
                "the files have findings with related places (note lines)");
        List<Function<PrintWriter, Reporter>> reporters = List.of(
                out -> new TextReporter(out, false, false), ConciseReporter::new, GccReporter::new,
                out -> new GithubReporter(out, java.nio.file.Path.of("").toAbsolutePath()));
        for (Function<PrintWriter, Reporter> make : reporters) {
            CountingWriter sink = new CountingWriter();
            PrintWriter out = new PrintWriter(sink, true); // autoflush, as Main makes the command line's writer
            Reporter reporter = make.apply(out);
            files.forEach(reporter::file);
            String name = reporter.getClass().getSimpleName();
            assertEquals(0, sink.flushes, name + " flushed while printing findings");
            assertTrue(sink.toString().lines().count() > files.size(), name + " printed the findings");
            reporter.finish(ReportFixtures.summary(files, Severity.WARNING));
            assertTrue(sink.flushes >= 1, name + " flushes at the end");
        }
    }
}
