package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xenlint.TestFiles;
import dev.xenlint.engine.CheckRequest;
import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.engine.Session;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Severity;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import dev.xenlint.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Pins each reporter's output for one run: several test files with findings of every severity,
 * one unreadable input, and a finding whose related locations lie in its own file and in another.
 */
class ReporterApprovalTest {

    private static final List<String> INPUTS = List.of("testdata/broken/bom-crlf-nonascii.cfg",
            "testdata/xl/debian-pv.cfg", "testdata/no-such-file.cfg", "testdata/encoding/mixed-endings.cfg");

    @Test
    void text() {
        TestFiles.verifyApproved("report.text", run(out -> new TextReporter(out, false, false)));
    }

    @Test
    void textWhenFixing() {
        TestFiles.verifyApproved("report.text-fixing", run(out -> new TextReporter(out, false, true)));
    }

    @Test
    void json() {
        TestFiles.verifyApproved("report.json", run(JsonReporter::new));
    }

    @Test
    void statistics() {
        TestFiles.verifyApproved("report.statistics", run(out -> new StatisticsReporter(out, true, false)));
    }

    @Test
    void nothingCheckedBecauseOfErrorsGivesNoCountLine() {
        RunSummary s = new RunSummary(0, 0, 0, 0, 0, Severity.WARNING, List.of("cannot read x"), 0, 0, 1, List.of(),
                List.of());
        assertEquals(List.of(), TextReporter.summaryLines(s, false));
        assertEquals(List.of(), TextReporter.summaryLines(s, true));
    }

    /** Reports the inputs checked by the session, then a synthetic cross-file finding, then the summary. */
    private static String run(Function<PrintWriter, Reporter> make) {
        List<FileReport> reports = new ArrayList<>();
        Reporter collecting = new Reporter() {
            @Override
            public void file(FileReport file) {
                reports.add(file);
            }

            @Override
            public void finish(RunSummary summary) {
            }
        };
        RunSummary summary = new Session(Workspace.at(Path.of(""))).check(INPUTS, CheckRequest.defaults(), collecting);
        SourceText a = SourceText.of("fleet/a.cfg", "name = 'web'\nvif = [ 'mac=00:16:3e:00:00:01' ]\n");
        SourceText b = SourceText.of("fleet/b.cfg", "name = 'db'\n\nvif = [ 'mac=00:16:3e:00:00:01' ]\n");
        Diagnostic crossFile = new Diagnostic(dev.xenlint.lint.RuleInfo.of("XC900", "fleet-duplicate-mac", Severity.WARNING, dev.xenlint.lint.RuleInfo.BOTH,
                dev.xenlint.lint.RuleInfo.ANY_GUEST, dev.xenlint.lint.RuleInfo.Fixability.NONE), Severity.ERROR, new TextRange(21, 42),
                "MAC address 00:16:3e:00:00:01 is also used by fleet/a.cfg", List.of(
                        new RelatedLocation(new TextRange(0, 11), "this guest"),
                        new RelatedLocation(new TextRange(20, 41), "used here",
                                new RelatedLocation.OtherFile("fleet/a.cfg", a))), null);
        reports.add(new FileReport("fleet/b.cfg", null, b, List.of(crossFile), null));
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        Reporter r = make.apply(out);
        reports.forEach(r::file);
        r.finish(new RunSummary(summary.filesChecked() + 1, summary.errors() + 1, summary.warnings(), summary.infos(),
                summary.fixable(), summary.threshold(), summary.problems(), 0, 0, summary.filesFailed(), List.of(),
                List.of()));
        out.flush();
        return sw.toString();
    }
}
