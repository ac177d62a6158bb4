package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.fix.UnifiedDiff;
import java.io.PrintWriter;

/** What {@code --fix} would change, as a unified diff per file ({@code --diff}); findings are not shown. */
public final class DiffReporter implements Reporter {

    private final PrintWriter out;

    public DiffReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(FileReport file) {
        FileReport.Fixes f = file.fixes();
        if (f != null && f.changed()) {
            out.print(UnifiedDiff.of(f.original().text(), f.fixed().text(), file.displayPath(), file.displayPath()));
        }
    }

    @Override
    public void finish(RunSummary summary) {
        out.flush();
    }
}
