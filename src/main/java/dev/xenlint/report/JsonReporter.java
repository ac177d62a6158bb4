package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.output.JsonEmitter;
import java.io.PrintWriter;

/**
 * Findings as one JSON array, printed at the end: each diagnostic with {@code path}, {@code line},
 * {@code column}, {@code endLine}, {@code endColumn} (1-based, UTF-16 columns), {@code code},
 * {@code rule}, {@code severity}, {@code message}, {@code related} and {@code fix}.
 */
public final class JsonReporter implements Reporter {

    private final PrintWriter out;
    private final JsonEmitter json = new JsonEmitter();

    public JsonReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(FileReport file) {
        for (Diagnostic d : file.diagnostics()) {
            json.add(file.displayPath(), file.source(), d);
        }
    }

    @Override
    public void finish(RunSummary summary) {
        out.println(json.render());
        out.flush();
    }
}
