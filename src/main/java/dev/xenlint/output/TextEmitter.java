package dev.xenlint.output;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.text.LineIndex;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
import java.io.PrintWriter;
import org.fusesource.jansi.Ansi;

/**
 * Prints diagnostics for people: {@code path:line:col: severity[code]: message},
 * then the source line with the range underlined.
 */
public final class TextEmitter {

    private static final Ansi.Color NONE = Ansi.Color.DEFAULT;
    private static final Ansi.Color BOLD = NONE;
    private static final Ansi.Color RED = Ansi.Color.RED;
    private static final Ansi.Color YELLOW = Ansi.Color.YELLOW;
    private static final Ansi.Color CYAN = Ansi.Color.CYAN;
    private static final Ansi.Color BLUE = Ansi.Color.BLUE;

    private final PrintWriter out;
    private final boolean color;

    public TextEmitter(PrintWriter out, boolean color) {
        this.out = out;
        this.color = color;
    }

    public void emit(String path, SourceText source, Diagnostic d) {
        Position start = source.position(d.range().start());
        Ansi.Color severityColor = switch (d.severity()) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
        StringBuilder sb = new StringBuilder();
        sb.append(paint(BOLD, path + ":" + start.line() + ":" + start.column() + ":")).append(' ')
                .append(paint(severityColor, d.severity().id() + "[" + d.code() + "]")).append(": ")
                .append(d.message()).append('\n');
        snippet(sb, source, d);
        out.print(sb);
    }

    private void snippet(StringBuilder sb, SourceText source, Diagnostic d) {
        LineIndex lines = source.lines();
        Position start = source.position(d.range().start());
        int lineNo = start.line();
        String line = lines.lineText(lineNo);
        int lineStart = lines.lineStart(lineNo);
        int from = d.range().start() - lineStart;
        int to = Math.min(d.range().end(), lineStart + line.length()) - lineStart;
        String gutter = " ".repeat(String.valueOf(lineNo).length());
        sb.append(paint(BLUE, " " + lineNo + " | ")).append(display(line)).append('\n');
        int padding = columns(line, from);
        int width = Math.max(1, columns(line, Math.max(from, to)) - padding);
        sb.append(paint(BLUE, " " + gutter + " | ")).append(" ".repeat(padding))
                .append(paint(d.severity() == Severity.ERROR ? RED : YELLOW, "^".repeat(width))).append('\n');
    }

    /** The line as shown: tabs expanded to 4-column stops, control characters as `?`. */
    private static String display(String line) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                int pad = 4 - col % 4;
                sb.append(" ".repeat(pad));
                col += pad;
            } else {
                sb.append(Character.isISOControl(c) ? '?' : c);
                col += Character.isLowSurrogate(c) ? 0 : 1;
            }
        }
        return sb.toString();
    }

    /** Display columns taken by the first {@code end} chars of a line (one per code point, tabs expanded). */
    private static int columns(String line, int end) {
        int col = 0;
        for (int i = 0; i < Math.min(end, line.length()); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                col += 4 - col % 4;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
        }
        return col;
    }

    public void summary(int errors, int warnings, int infos, int files) {
        String fileWord = files == 1 ? "file" : "files";
        if (errors + warnings + infos == 0) {
            out.println(paint(BOLD, "No problems found in " + files + " " + fileWord + "."));
            return;
        }
        StringBuilder sb = new StringBuilder("Found ");
        sb.append(count(errors, "error"));
        sb.append(", ").append(count(warnings, "warning"));
        if (infos > 0) {
            sb.append(", ").append(count(infos, "note"));
        }
        sb.append(" in ").append(files).append(' ').append(fileWord).append('.');
        out.println(paint(BOLD, sb.toString()));
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String paint(Ansi.Color c, String text) {
        if (!color) {
            return text;
        }
        Ansi a = Ansi.ansi().bold();
        return (c == NONE ? a : a.fg(c)).a(text).reset().toString();
    }
}
