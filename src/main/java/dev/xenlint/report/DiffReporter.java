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
            // a byte order mark the fix removes is a change of the first line's bytes: show it there
            out.print(UnifiedDiff.of(withBom(f.original()), withBom(f.fixed()), file.displayPath(), file.displayPath()));
        }
    }

    private static String withBom(dev.xenlint.text.SourceText source) {
        return source.hasBom() ? "\uFEFF" + source.text() : source.text();
    }

    @Override
    public void finish(RunSummary summary) {
        out.flush();
    }
}
