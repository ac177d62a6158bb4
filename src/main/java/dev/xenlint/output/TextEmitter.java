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

    /** Longest source line shown whole, in chars; a longer one is shown as a window around the range. */
    static final int MAX_LINE_SHOWN = 160;
    /** Chars of context shown on each side of the range in a window. */
    private static final int CONTEXT = 40;
    private static final String ELLIPSIS = "\u2026";

    private void snippet(StringBuilder sb, SourceText source, Diagnostic d) {
        LineIndex lines = source.lines();
        Position start = source.position(d.range().start());
        int lineNo = start.line();
        String text = source.text();
        int lineStart = lines.lineStart(lineNo);
        int lineEnd = lines.lineEnd(lineNo);
        int from = Math.min(d.range().start(), lineEnd);
        int to = Math.max(from, Math.min(d.range().end(), lineEnd));
        // what is shown: the whole line when short, else a window around the range (as rustc and ruff do),
        // so that output never grows with findings times line length
        int shownStart = lineStart;
        int shownEnd = lineEnd;
        if (lineEnd - lineStart > MAX_LINE_SHOWN) {
            shownStart = Math.max(lineStart, from - CONTEXT);
            shownEnd = Math.min(lineEnd, Math.max(to, from + 1) + CONTEXT);
            if (shownEnd - shownStart > MAX_LINE_SHOWN) {
                shownEnd = shownStart + MAX_LINE_SHOWN; // a long range: its start, and as much as fits
            }
            shownStart = codePointBoundary(text, shownStart);
            shownEnd = codePointBoundary(text, shownEnd);
        }
        String line = text.substring(shownStart, shownEnd);
        String before = shownStart > lineStart ? ELLIPSIS : "";
        String after = shownEnd < lineEnd ? ELLIPSIS : "";
        from -= shownStart;
        to = Math.min(to, shownEnd) - shownStart;
        String gutter = " ".repeat(String.valueOf(lineNo).length());
        sb.append(paint(BLUE, " " + lineNo + " | ")).append(before).append(display(line)).append(after).append('\n');
        int padding = before.length() + columns(line, from);
        int width = Math.max(1, columns(line, Math.max(from, to)) - columns(line, from));
        sb.append(paint(BLUE, " " + gutter + " | ")).append(" ".repeat(padding))
                .append(paint(d.severity() == Severity.ERROR ? RED : YELLOW, "^".repeat(width))).append('\n');
    }

    /** The offset itself, or the next one when it would split a surrogate pair. */
    private static int codePointBoundary(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset + 1 : offset;
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

    /** Terminal columns taken by the first {@code end} chars of a line: tabs expanded, wide characters 2. */
    private static int columns(String line, int end) {
        int col = 0;
        int limit = Math.min(end, line.length());
        for (int i = 0; i < limit; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            col += cp == '\t' ? 4 - col % 4 : isWide(cp) ? 2 : 1;
        }
        return col;
    }

    /** East Asian wide and emoji code points, which terminals draw two columns wide. */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    private String paint(Ansi.Color c, String text) {
        if (!color) {
            return text;
        }
        Ansi a = Ansi.ansi().bold();
        return (c == NONE ? a : a.fg(c)).a(text).reset().toString();
    }
}
