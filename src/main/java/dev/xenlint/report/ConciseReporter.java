package dev.xenlint.report;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.Position;
import java.io.PrintWriter;

/**
 * {@code --format concise}: one line per finding, {@code path:line:col: severity[code]: message}, no
 * source excerpt, then the summary line of the text format.
 */
public final class ConciseReporter implements Reporter {

    private final PrintWriter out;

    public ConciseReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(FileReport file) {
        for (Diagnostic d : file.diagnostics()) {
            Position p = file.source().position(d.range().start());
            out.println(file.displayPath() + ":" + p.line() + ":" + p.column() + ": " + d.severity().id() + "["
                    + d.code() + "]: " + d.message());
        }
    }

    @Override
    public void finish(RunSummary summary) {
        int total = summary.errors() + summary.warnings() + summary.infos();
        String files = count(summary.filesChecked(), "file");
        if (total == 0) {
            out.println("No problems found in " + files + ".");
        } else {
            out.println("Found " + count(summary.errors(), "error") + ", " + count(summary.warnings(), "warning")
                    + (summary.infos() > 0 ? ", " + count(summary.infos(), "note") : "") + " in " + files
                    + (summary.fixable() > 0 ? " (" + summary.fixable() + " fixable)" : "") + ".");
        }
        out.flush();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
