package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
import java.io.PrintWriter;

/**
 * {@code --format gcc}: {@code path:line:col: severity: message [code]}, as compilers print and
 * editors' quickfix lists ({@code errorformat}, Emacs' compilation mode) read. Severities are gcc's
 * {@code error}, {@code warning} and {@code note}; each related place follows as a {@code note} line,
 * in whichever file it is.
 */
public final class GccReporter implements Reporter {

    private final PrintWriter out;

    public GccReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(FileReport file) {
        for (Diagnostic d : file.diagnostics()) {
            String severity = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            };
            line(file.displayPath(), file.source(), d.range().start(), severity, d.message() + " [" + d.code() + "]");
            for (RelatedLocation r : d.related()) {
                if (r.inSameFile()) {
                    line(file.displayPath(), file.source(), r.range().start(), "note", r.message());
                } else {
                    line(r.file().displayPath(), r.file().source(), r.range().start(), "note", r.message());
                }
            }
        }
    }

    private void line(String path, SourceText source, int offset, String severity, String message) {
        Position p = source.position(offset);
        out.print(path + ":" + p.line() + ":" + p.column() + ": " + severity + ": " + oneLine(message)
                + TextReporter.NEWLINE);
    }

    /** A message on one line, so each finding stays one quickfix entry. */
    static String oneLine(String message) {
        return message.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public void finish(RunSummary summary) {
        out.flush();
    }
}
