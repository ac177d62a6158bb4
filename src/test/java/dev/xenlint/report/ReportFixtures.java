package dev.xenlint.report;

import dev.xenlint.TestFiles;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Runs of the linter over the test data, as the reporters receive them, and a way to render a report. */
final class ReportFixtures {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path REPORTS = Path.of("src", "test", "resources", "reports");

    private ReportFixtures() {
    }

    /** Every file under testdata/ (syntax errors, encodings, clean files). */
    static List<FileReport> testdata() {
        List<FileReport> out = new ArrayList<>();
        for (Path p : TestFiles.all()) {
            out.add(analyse(p, null));
        }
        return out;
    }

    /** A file with findings that carry fixes and a related place in the same file. */
    static List<FileReport> fixes() {
        return List.of(analyse(REPORTS.resolve("fixes.cfg"), Dialect.XL));
    }

    /** A file without findings. */
    static List<FileReport> clean() {
        return List.of(analyse(REPORTS.resolve("clean.cfg"), Dialect.XL));
    }

    /**
     * What a check across files reports (the fleet checks): a finding in one guest whose related place
     * is in another file; then an input that could not be read, and standard input.
     */
    static List<FileReport> acrossFiles() {
        FileReport clean = analyse(REPORTS.resolve("clean.cfg"), Dialect.XL);
        Path otherPath = REPORTS.resolve("other.cfg");
        SourceText other = TestFiles.source(otherPath);
        String otherName = otherPath.toString().replace('\\', '/');
        int otherMac = other.text().indexOf("00:16:3e:00:00:01");
        int here = clean.source().text().indexOf("memory");
        Diagnostic d = new Diagnostic(dev.xenlint.lint.RuleInfo.of("XC999", "fleet-example", Severity.WARNING, dev.xenlint.lint.RuleInfo.BOTH,
                dev.xenlint.lint.RuleInfo.ANY_GUEST, dev.xenlint.lint.RuleInfo.Fixability.NONE), Severity.WARNING, new TextRange(here, here + 6),
                "a finding about two guests, with a place in each", List.of(
                        new RelatedLocation(new TextRange(otherMac, otherMac + 17), "the other guest's entry",
                                new RelatedLocation.OtherFile(otherName, other)),
                        new RelatedLocation(TextRange.empty(0), "this guest's first line")),
                new Fix("write 2048", List.of(new dev.xenlint.lint.Edit(new TextRange(here + 9, here + 13), "2048")),
                        Fix.Applicability.UNSAFE));
        FileReport withRelated = new FileReport(clean.displayPath(), clean.path(), clean.source(), List.of(d), null);
        FileReport unreadable = FileReport.failed("missing/web.cfg", Path.of("missing", "web.cfg"),
                "cannot read missing/web.cfg: no such file");
        SourceText stdin = SourceText.of("<stdin>", "name = \"x\"\nmemroy = 1\n");
        Analysis a = Linter.analyze(stdin, LintOptions.dialect(Dialect.XL));
        FileReport fromStdin = new FileReport("<stdin>", null, a.source(), a.diagnostics(), null);
        return List.of(withRelated, unreadable, fromStdin);
    }

    static FileReport analyse(Path p, Dialect dialect) {
        SourceText source = TestFiles.source(p);
        Analysis a = Linter.analyze(source, LintOptions.dialect(dialect));
        return new FileReport(p.toString().replace('\\', '/'), p, a.source(), a.diagnostics(), null);
    }

    static RunSummary summary(List<FileReport> files, Severity threshold) {
        int[] bySeverity = new int[Severity.values().length];
        int fixable = 0;
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (FileReport f : files) {
            if (!f.readable()) {
                problems.add(f.error());
                continue;
            }
            checked++;
            for (Diagnostic d : f.diagnostics()) {
                bySeverity[d.severity().ordinal()]++;
                fixable += d.fix() != null && d.fix().applicability() == Fix.Applicability.SAFE ? 1 : 0;
            }
        }
        return new RunSummary(checked, bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
                bySeverity[Severity.INFO.ordinal()], fixable, threshold, problems, 0, 0);
    }

    /** The report a format writes for these files (threshold warning). */
    static String render(BiFunction<PrintWriter, Path, Reporter> format, List<FileReport> files) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Reporter r = format.apply(out, ROOT);
        files.forEach(r::file);
        r.finish(summary(files, Severity.WARNING));
        out.flush();
        return text.toString();
    }
}
