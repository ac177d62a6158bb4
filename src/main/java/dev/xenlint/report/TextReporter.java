package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.output.TextEmitter;
import dev.xenlint.text.Position;
import java.io.PrintWriter;
import java.util.List;
import org.fusesource.jansi.Ansi;

/**
 * Findings for people, streamed as they come: {@code path:line:col: severity[code]: message} and the
 * source line with the range underlined (see {@link TextEmitter}), and a {@code = note:} line for each
 * related place (in the same file or another); then, at the end, what
 * {@code --fix} wrote (when fixing) and one line of counts.
 */
public final class TextReporter implements Reporter {

    /**
     * What {@code println} ends a line with. Findings are printed with {@code print} and this, not
     * {@code println}: the command line's writer flushes on every {@code println}, one write to the
     * terminal or file per line (72,000 for 10,000 files); the writer is flushed once, by
     * {@link #finish} (issue 14).
     */
    static final String NEWLINE = System.lineSeparator();

    private final PrintWriter out;
    private final boolean color;
    private final boolean fixing;
    private final TextEmitter emitter;

    /**
     * @param out    where to write
     * @param color  whether to use ANSI colours
     * @param fixing whether the run applies fixes ({@code --fix}): the summary then says what was written
     */
    public TextReporter(PrintWriter out, boolean color, boolean fixing) {
        this.out = out;
        this.color = color;
        this.fixing = fixing;
        this.emitter = new TextEmitter(out, color);
    }

    @Override
    public void file(FileReport file) {
        List<Diagnostic> diagnostics = file.diagnostics();
        String displayPath = file.displayPath();
        for (int i = 0, n = diagnostics.size(); i < n; i++) {
            Diagnostic d = diagnostics.get(i);
            emitter.append(displayPath, file.source(), d);
            List<RelatedLocation> related = d.related();
            for (int j = 0; j < related.size(); j++) {
                RelatedLocation r = related.get(j);
                String path = r.inSameFile() ? displayPath : r.file().displayPath();
                Position at = (r.inSameFile() ? file.source() : r.file().source()).position(r.range().start());
                emitter.appendNote("   = note: ", path, at, r.message(), NEWLINE);
            }
        }
        emitter.drain(); // another reporter (GitHub annotations) may write to the same writer next
    }

    @Override
    public void finish(RunSummary summary) {
        emitter.drain();
        for (String line : summaryLines(summary, fixing)) {
            out.println(paint(line));
        }
        out.flush();
    }

    /**
     * The closing lines: with {@code fixing}, what was fixed and what could not be written; then counts
     * by severity, files checked and how many findings have a safe fix. A run that checked nothing
     * because of errors gets no count line (the errors say what happened).
     */
    public static List<String> summaryLines(RunSummary s, boolean fixing) {
        List<String> lines = new java.util.ArrayList<>();
        if (fixing) {
            lines.add(s.fixedProblems() == 0 ? "No fixes applied."
                    : "Fixed " + count(s.fixedProblems(), "problem") + " in " + count(s.fixedFiles(), "file") + ".");
            if (!s.notWritten().isEmpty()) {
                lines.add("Not written: " + String.join(", ", s.notWritten()) + "; "
                        + (s.notWritten().size() == 1 ? "its" : "their") + " findings are shown as they stand on disk.");
            }
        }
        if (s.filesChecked() == 0 && (s.filesFailed() > 0 || s.hasProblems())) {
            return List.of(); // nothing was checked: the errors say why, a count would contradict them
        }
        String files = count(s.filesChecked(), "file");
        String failed = s.filesFailed() == 0 ? "" : "; " + count(s.filesFailed(), "file") + " could not be checked";
        if (s.errors() + s.warnings() + s.infos() == 0) {
            lines.add("No problems found in " + files + failed + ".");
            return lines;
        }
        StringBuilder sb = new StringBuilder("Found ");
        sb.append(count(s.errors(), "error"));
        sb.append(", ").append(count(s.warnings(), "warning"));
        if (s.infos() > 0) {
            sb.append(", ").append(count(s.infos(), "note"));
        }
        sb.append(" in ").append(files);
        if (s.fixable() > 0) {
            sb.append(" (").append(s.fixable()).append(" fixable)");
        }
        sb.append(failed).append('.');
        lines.add(sb.toString());
        return lines;
    }

    static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String paint(String text) {
        return color ? Ansi.ansi().bold().a(text).reset().toString() : text;
    }
}
