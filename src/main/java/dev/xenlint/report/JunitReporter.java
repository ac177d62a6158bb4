package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.text.Position;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format junit}: JUnit XML, as CI servers show test results (GitLab's test report, Jenkins'
 * JUnit plugin, Azure Pipelines). One test case per input file; a file with findings at or above the
 * failure threshold fails, with every such finding in the failure's text, one per line; findings
 * below the threshold go to the case's {@code system-out}. An input that could not be read is an
 * {@code error}.
 */
public final class JunitReporter implements Reporter {

    private final PrintWriter out;
    private final List<FileReport> files = new ArrayList<>();

    public JunitReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(FileReport file) {
        files.add(file);
    }

    @Override
    public void finish(RunSummary summary) {
        Severity threshold = summary.threshold();
        int failures = 0;
        int errors = 0;
        for (FileReport f : files) {
            if (!f.readable()) {
                errors++;
            } else if (anyAtLeast(f.diagnostics(), threshold)) {
                failures++;
            }
        }
        Xml xml = new Xml(out);
        xml.start("testsuites").attr("name", "xenlint").attr("tests", files.size()).attr("failures", failures)
                .attr("errors", errors);
        xml.start("testsuite").attr("name", "xenlint check").attr("tests", files.size()).attr("failures", failures)
                .attr("errors", errors).attr("skipped", 0);
        for (FileReport f : files) {
            xml.start("testcase").attr("classname", "xenlint").attr("name", f.displayPath());
            if (!f.readable()) {
                xml.empty("error").attr("message", f.error()).attr("type", "unreadable");
            } else {
                StringBuilder failing = new StringBuilder();
                StringBuilder below = new StringBuilder();
                int failingCount = 0;
                for (Diagnostic d : f.diagnostics()) {
                    boolean fails = d.severity().atLeast(threshold);
                    failingCount += fails ? 1 : 0;
                    Position p = f.source().position(d.range().start());
                    (fails ? failing : below).append(f.displayPath()).append(':').append(p.line()).append(':')
                            .append(p.column()).append(": ").append(d.severity().id()).append('[').append(d.code())
                            .append("]: ").append(d.message()).append('\n');
                }
                if (failingCount > 0) {
                    xml.start("failure").attr("message", failingCount + (failingCount == 1 ? " problem" : " problems")
                            + " at or above " + threshold.id()).attr("type", threshold.id()).text(failing.toString()).end();
                }
                if (!below.isEmpty()) {
                    xml.start("system-out").text(below.toString()).end();
                }
            }
            xml.end();
        }
        xml.end();
        xml.end();
        xml.finish();
        out.flush();
    }

    /** Whether a finding is of {@code threshold} or above (a loop, not a stream's lambda: see StartupPathTest). */
    private static boolean anyAtLeast(List<Diagnostic> diagnostics, Severity threshold) {
        for (Diagnostic d : diagnostics) {
            if (d.severity().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }
}
