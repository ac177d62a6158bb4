package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.output.Json;
import dev.xenlint.output.JsonEmitter;
import dev.xenlint.output.Utf8Writer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Findings as one JSON array, written as the files come: each diagnostic with {@code path}, {@code line},
 * {@code column}, {@code endLine}, {@code endColumn} (1-based, UTF-16 columns), {@code code},
 * {@code rule}, {@code severity}, {@code message}, {@code related} and {@code fix}.
 */
public final class JsonReporter implements Reporter {

    /** What is handed to the writer at once, at least. */
    private static final int BLOCK = 16384;

    private final PrintWriter out;
    private StringBuilder pending = new StringBuilder();
    private int written;

    public JsonReporter(PrintWriter out) {
        this.out = out;
    }

    /**
     * Writes each finding as it comes, as {@link JsonEmitter#render} lays the list out: the objects of
     * every finding of a run, and the whole text, were held until the end (1.2 GB for 262,000
     * findings, issue 9).
     */
    @Override
    public void file(FileReport file) {
        for (Diagnostic d : file.diagnostics()) {
            pending.append(written++ == 0 ? "[" : ",").append("\n  ");
            Json.pretty(pending, JsonEmitter.item(file.displayPath(), file.source(), d), 1);
            if (pending.length() >= BLOCK) {
                drain();
            }
        }
        drain();
    }

    @Override
    public void finish(RunSummary summary) {
        pending.append(written == 0 ? "[]" : "\n]");
        drain();
        out.println();
        out.flush();
    }

    private void drain() {
        if (!pending.isEmpty()) {
            if (out instanceof Utf8Writer bytes) { // UTF-8 made here at once, not char by char by the writer
                byte[] b = pending.toString().getBytes(StandardCharsets.UTF_8);
                bytes.writeUtf8(b, 0, b.length);
            } else {
                out.append(pending);
            }
            pending = new StringBuilder(); // a new one: a builder holding a non-Latin-1 char once stays 16-bit
        }
    }
}
