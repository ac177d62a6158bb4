package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.Position;
import java.io.PrintWriter;

/**
 * {@code --format concise}: one line per finding, {@code path:line:col: severity[code]: message}, no
 * source excerpt, then the summary line of the text format (without colour).
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
            out.print(file.displayPath() + ":" + p.line() + ":" + p.column() + ": " + d.severity().id() + "["
                    + d.code() + "]: " + d.message() + TextReporter.NEWLINE);
        }
    }

    @Override
    public void finish(RunSummary summary) {
        for (String line : TextReporter.summaryLines(summary, false)) {
            out.println(line);
        }
        out.flush();
    }
}
