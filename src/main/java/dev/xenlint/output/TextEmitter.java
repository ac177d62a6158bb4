package dev.xenlint.output;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.text.LineIndex;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.fusesource.jansi.Ansi;

/**
 * Prints diagnostics for people: {@code path:line:col: severity[code]: message},
 * then the source line with the range underlined.
 *
 * <p>Findings are rendered as UTF-8 into a buffer of bytes of the emitter's own and handed to the
 * writer in blocks of {@value #BLOCK} bytes or more ({@link #append} and {@link #drain}), not one
 * string per piece: a file with hundreds of thousands of findings (a megabyte of {@code k=1;}) made as
 * many strings and builders per finding as it has pieces, and the writer's lock was taken per finding
 * (issue 9). A {@link Utf8Writer} takes the bytes as they are; any other writer gets them decoded.
 * The shown part of a source line of printable ASCII (no tab, no control character) is copied from the
 * text as bytes; only other lines are looked at char by char, and encoded (the JDK's encoder left its
 * ASCII loop for good at the first {@code …} of a block, and copying Latin-1 text to chars cost as
 * much again: 100 MB of report for a megabyte of {@code k=1;}).
 */
public final class TextEmitter {

    private static final Ansi.Color NONE = Ansi.Color.DEFAULT;
    private static final Ansi.Color BOLD = NONE;
    private static final Ansi.Color RED = Ansi.Color.RED;
    private static final Ansi.Color YELLOW = Ansi.Color.YELLOW;
    private static final Ansi.Color CYAN = Ansi.Color.CYAN;
    private static final Ansi.Color BLUE = Ansi.Color.BLUE;

    /** What is handed to the writer at once, at least (the writer's own buffer is 8,192 bytes). */
    static final int BLOCK = 16384;

    private final PrintWriter out;
    /** {@link #out} when it takes UTF-8 bytes, else null. */
    private final Utf8Writer bytesOut;
    private final boolean color;
    /** With colour, what goes before and after painted text, by colour: bold, red, yellow, cyan, blue. */
    private final byte[][] before;
    private final byte[][] after;
    private byte[] buf = new byte[BLOCK + 1024];
    private int n;

    public TextEmitter(PrintWriter out, boolean color) {
        this.out = out;
        this.bytesOut = out instanceof Utf8Writer u ? u : null;
        this.color = color;
        if (color) {
            Ansi.Color[] colors = {BOLD, RED, YELLOW, CYAN, BLUE};
            before = new byte[colors.length][];
            after = new byte[colors.length][];
            for (int i = 0; i < colors.length; i++) {
                // the escapes Ansi puts around a text do not depend on the text
                String painted = paintWithAnsi(colors[i], "\u0000");
                int at = painted.indexOf('\u0000');
                before[i] = painted.substring(0, at).getBytes(StandardCharsets.UTF_8);
                after[i] = painted.substring(at + 1).getBytes(StandardCharsets.UTF_8);
            }
        } else {
            before = null;
            after = null;
        }
    }

    /**
     * An emitter that writes nowhere: what it is given is kept until {@link #takeBytes}, for findings
     * rendered on another thread and handed to a writing emitter's {@link #write(byte[])} in order.
     */
    public static TextEmitter detached(boolean color) {
        return new TextEmitter(null, color);
    }

    /** What a {@link #detached} emitter holds, in UTF-8; it holds nothing after. */
    public byte[] takeBytes() {
        byte[] taken = Arrays.copyOf(buf, n);
        n = 0;
        return taken;
    }

    /**
     * Hands {@code utf8} (whole findings, from a detached emitter) to the writer, after what this emitter
     * holds.
     */
    public void write(byte[] utf8) {
        drain();
        if (bytesOut != null) {
            bytesOut.writeUtf8(utf8, 0, utf8.length);
        } else {
            out.write(new String(utf8, StandardCharsets.UTF_8));
        }
    }

    private static final int P_BOLD = 0;
    private static final int P_RED = 1;
    private static final int P_YELLOW = 2;
    private static final int P_CYAN = 3;
    private static final int P_BLUE = 4;

    /** Prints one finding and its source line. */
    public void emit(String path, SourceText source, Diagnostic d) {
        append(path, source, d);
        drain();
    }

    /**
     * Adds one finding and its source line to what this emitter holds; it reaches the writer once a
     * block has gathered, or at {@link #drain}. Whoever writes to the same writer in between must
     * drain first.
     */
    public void append(String path, SourceText source, Diagnostic d) {
        LineIndex lines = source.lines();
        Position start = source.position(d.range().start());
        int severityPaint = switch (d.severity()) {
            case ERROR -> P_RED;
            case WARNING -> P_YELLOW;
            case INFO -> P_CYAN;
        };
        startPaint(P_BOLD);
        addPath(path).add(':').add(start.line()).add(':').add(start.column()).add(':');
        endPaint(P_BOLD);
        add(' ');
        startPaint(severityPaint);
        add(d.severity().id()).add('[').add(d.code()).add(']');
        endPaint(severityPaint);
        add(COLON_SPACE).add(d.message()).add('\n');
        snippet(lines, start.line(), source.text(), d);
        if (n >= BLOCK) {
            drain();
        }
    }

    /**
     * Adds a line of plain text (a note, say) to what this emitter holds: {@code prefix}, the path,
     * {@code :line:column: }, the message and {@code newline}.
     */
    public void appendNote(String prefix, String path, Position at, String message, String newline) {
        add(prefix).addPath(path).add(':').add(at.line()).add(':').add(at.column()).add(COLON_SPACE).add(message).add(newline);
        if (n >= BLOCK) {
            drain();
        }
    }

    /** Hands what this emitter holds to the writer (which is not flushed); a detached one keeps it. */
    public void drain() {
        if (n > 0 && out != null) {
            if (bytesOut != null) {
                bytesOut.writeUtf8(buf, 0, n);
            } else {
                out.write(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
            n = 0;
        }
    }

    /** Longest source line shown whole, in chars; a longer one is shown as a window around the range. */
    static final int MAX_LINE_SHOWN = 160;
    /** Chars of context shown on each side of the range in a window. */
    private static final int CONTEXT = 40;
    private static final byte[] COLON_SPACE = {':', ' '};
    private static final byte[] BAR = {' ', '|', ' '};
    /** U+2026, in UTF-8. */
    private static final byte[] ELLIPSIS = {(byte) 0xE2, (byte) 0x80, (byte) 0xA6};

    private void snippet(LineIndex lines, int lineNo, String text, Diagnostic d) {
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
        boolean ellipsisBefore = shownStart > lineStart;
        boolean ellipsisAfter = shownEnd < lineEnd;
        from -= shownStart;
        to = Math.min(to, shownEnd) - shownStart;
        int length = shownEnd - shownStart;

        startPaint(P_BLUE);
        add(' ').add(lineNo).add(BAR);
        endPaint(P_BLUE);
        if (ellipsisBefore) {
            add(ELLIPSIS);
        }
        // the line as it is when every char is printable and one column wide: then a column is a char
        int fromColumn;
        int toColumn;
        if (text == shownText && lineNo == shownLine && shownStart == shownFrom && length == shownLength) {
            // the same part of the same line as the last finding's, which was not plain: as it was shown then
            add(shownBytes, shownBytesLength);
            fromColumn = shownColumns[Math.max(0, Math.min(from, length))];
            toColumn = shownColumns[Math.max(0, Math.min(Math.max(from, to), length))];
        } else if (copyShown(text, lineNo, lineStart, lineEnd, shownStart, length)) {
            fromColumn = Math.max(0, Math.min(from, length));
            toColumn = Math.max(0, Math.min(Math.max(from, to), length));
        } else {
            int at = n;
            display(shownChars, length);
            keepShown(text, lineNo, shownStart, length, at);
            fromColumn = shownColumns[Math.max(0, Math.min(from, length))];
            toColumn = shownColumns[Math.max(0, Math.min(Math.max(from, to), length))];
        }
        if (ellipsisAfter) {
            add(ELLIPSIS);
        }
        add('\n');
        int padding = (ellipsisBefore ? 1 : 0) + fromColumn;
        int width = Math.max(1, toColumn - fromColumn);
        startPaint(P_BLUE);
        add(' ').repeat(' ', digits(lineNo)).add(BAR);
        endPaint(P_BLUE);
        repeat(' ', padding);
        int caretPaint = d.severity() == Severity.ERROR ? P_RED : P_YELLOW;
        startPaint(caretPaint);
        repeat('^', width);
        endPaint(caretPaint);
        add('\n');
    }

    /** Whether every char is shown as itself, one column wide: printable, neither a tab nor a surrogate nor wide. */
    private static boolean plain(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x20 || c >= 0x7F && (c < 0xA0 || c >= 0x1100)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} from {@code from} to {@code to} is printable ASCII (no tab, no control character). */
    private static boolean printableAscii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** The offset itself, or the next one when it would split a surrogate pair. */
    private static int codePointBoundary(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset + 1 : offset;
    }

    /**
     * Adds the shown part of a line ({@code length} chars from {@code shownStart}) to the buffer when
     * it is plain, and returns true; otherwise leaves its chars in {@link #shownChars} and returns
     * false. Printable ASCII is copied from the text as bytes (a Latin-1 string's own); anything else
     * is taken as chars, and encoded when plain. The second finding on a line (a line of many
     * statements, or of many stray characters) looks at the whole line once, for the findings after
     * it: a line of printable ASCII is then copied without a look, another line's chars are kept and
     * copied from there rather than taken out of the text again, finding by finding.
     */
    private boolean copyShown(String text, int lineNo, int lineStart, int lineEnd, int shownStart, int length) {
        if (text == lineText && lineNo == lineNumber) {
            if (lineKind == LINE_UNSEEN) {
                int lineLength = lineEnd - lineStart;
                if (printableAscii(text, lineStart, lineEnd)) {
                    lineKind = LINE_ASCII;
                } else {
                    if (lineChars.length < lineLength) {
                        lineChars = new char[Math.max(lineLength, lineChars.length * 2)];
                    }
                    text.getChars(lineStart, lineEnd, lineChars, 0);
                    lineKind = plain(lineChars, 0, lineLength) ? LINE_PLAIN : LINE_OTHER;
                }
            }
            if (lineKind == LINE_ASCII) {
                addAscii(text, shownStart, length);
                return true;
            }
            char[] s = shownChars(length);
            System.arraycopy(lineChars, shownStart - lineStart, s, 0, length);
            if (lineKind == LINE_PLAIN || plain(s, 0, length)) {
                encode(s, length);
                return true;
            }
            return false;
        }
        lineText = text;
        lineNumber = lineNo;
        lineKind = LINE_UNSEEN;
        if (printableAscii(text, shownStart, shownStart + length)) {
            addAscii(text, shownStart, length);
            return true;
        }
        char[] s = shownChars(length);
        text.getChars(shownStart, shownStart + length, s, 0);
        if (plain(s, 0, length)) {
            encode(s, length);
            return true;
        }
        return false;
    }

    private static final int LINE_UNSEEN = 0;
    private static final int LINE_ASCII = 1;
    private static final int LINE_PLAIN = 2;
    private static final int LINE_OTHER = 3;

    /**
     * The text and 1-based number of the line of the last finding; once a second finding is on it,
     * what it is made of (printable ASCII, plain, other) and, unless ASCII, its chars.
     */
    private String lineText;
    private int lineNumber;
    private int lineKind;
    private char[] lineChars = new char[256];
    /** The shown chars of a line that is not printable ASCII. */
    private char[] shownChars = new char[256];

    private char[] shownChars(int length) {
        if (shownChars.length < length) {
            shownChars = new char[Math.max(length, shownChars.length * 2)];
        }
        return shownChars;
    }

    /** Adds {@code length} chars of {@code text} from {@code from}, all of them printable ASCII. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) keeps a char's low byte: ASCII's only one
    private void addAscii(String text, int from, int length) {
        room(length);
        text.getBytes(from, from + length, buf, n);
        n += length;
    }

    /**
     * Adds the {@code length} shown chars in {@code s} (a line, or the shown part of one, that is not
     * plain) as the line is shown: tabs expanded to 4-column stops, control characters as `?`; and
     * sets {@code shownColumns[k]}, for each {@code k} from 0 to {@code length}, to the terminal
     * columns taken by the first {@code k} chars, with tabs expanded and wide characters 2 columns.
     * The columns count whole code points: one that starts before {@code k} counts whole. (The tab
     * stops of the shown text count every char but a low surrogate as one column, those of the
     * columns count wide characters as two, as they always have; both are kept.) One pass over a char
     * array, no string: a file of random bytes has a finding on nearly every character, each showing
     * its line.
     */
    private void display(char[] s, int length) {
        room(4 * length); // a tab is up to 4 bytes, a char of the BMP up to 3, a pair 4
        if (shownColumns.length < length + 1) {
            shownColumns = new int[Math.max(length + 1, shownColumns.length * 2)];
        }
        int[] columns = shownColumns;
        byte[] b = buf;
        int at = n;
        int filled = 0; // shownColumns[0..filled) are set
        int shownColumn = 0; // of the text as shown, for its tab stops
        int column = 0; // of the columns returned
        for (int i = 0; i < length; ) {
            while (filled <= i) {
                columns[filled++] = column;
            }
            char c = s[i];
            if (c >= 0x20 && c < 0x7F) { // most of them: as it is, one column
                b[at++] = (byte) c;
                shownColumn++;
                column++;
                i++;
                continue;
            }
            if (c >= 0xA0 && c < 0x1100) { // as it is, one column, in 2 or 3 bytes
                at = encode(c, (char) 0, b, at);
                shownColumn++;
                column++;
                i++;
                continue;
            }
            if (c == '\t') {
                int pad = 4 - shownColumn % 4;
                for (int k = 0; k < pad; k++) {
                    b[at++] = ' ';
                }
                shownColumn += pad;
                column += 4 - column % 4;
                i++;
                continue;
            }
            int cp = c;
            int units = 1;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s[i + 1])) {
                cp = Character.toCodePoint(c, s[i + 1]);
                units = 2;
            }
            column += isWide(cp) ? 2 : 1;
            if (units == 2) { // a pair: one column of the shown text's, for the high surrogate
                at = -encode(c, s[i + 1], b, at);
                shownColumn++;
            } else {
                if (Character.isISOControl(c)) {
                    b[at++] = '?';
                } else {
                    at = c < 0x80 ? put(b, at, c) : encode(c, (char) 0, b, at); // a lone surrogate: ? too
                }
                shownColumn += Character.isLowSurrogate(c) ? 0 : 1;
            }
            i += units;
        }
        while (filled <= length) {
            columns[filled++] = column;
        }
        n = at;
    }

    /**
     * Keeps what {@link #display} just added (from {@code at}) and its columns, for the next finding
     * that shows the same part of the same line: a line of stray characters has a finding on each.
     */
    private void keepShown(String text, int lineNo, int shownStart, int length, int at) {
        int bytes = n - at;
        if (shownBytes.length < bytes) {
            shownBytes = new byte[Math.max(bytes, shownBytes.length * 2)];
        }
        System.arraycopy(buf, at, shownBytes, 0, bytes);
        shownBytesLength = bytes;
        shownText = text;
        shownLine = lineNo;
        shownFrom = shownStart;
        shownLength = length;
    }

    /** The part of a line the last finding showed through {@link #display}: where, its bytes, and its columns. */
    private String shownText;
    private int shownLine;
    private int shownFrom;
    private int shownLength;
    private byte[] shownBytes = new byte[256];
    private int shownBytesLength;
    private int[] shownColumns = new int[257];

    private static int put(byte[] b, int at, char c) {
        b[at] = (byte) c;
        return at + 1;
    }

    /**
     * Adds the first {@code length} chars of {@code s} in UTF-8; a surrogate that is not one of a pair
     * becomes {@code ?}, as the JDK's encoder writes it.
     */
    private void encode(char[] s, int length) {
        room(3 * length);
        byte[] b = buf;
        int at = n;
        for (int i = 0; i < length; i++) {
            char c = s[i];
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else {
                at = encode(c, i + 1 < length ? s[i + 1] : 0, b, at);
                if (at < 0) { // a pair
                    at = -at;
                    i++;
                }
            }
        }
        n = at;
    }

    /**
     * Puts the char {@code c} (not ASCII) in UTF-8 at {@code at} and returns where it ends; when
     * {@code c} and {@code next} are a surrogate pair, puts the pair and returns minus where it ends.
     */
    private static int encode(char c, char next, byte[] b, int at) {
        if (c < 0x800) {
            b[at++] = (byte) (0xC0 | c >> 6);
            b[at++] = (byte) (0x80 | c & 0x3F);
        } else if (!Character.isSurrogate(c)) {
            b[at++] = (byte) (0xE0 | c >> 12);
            b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
            int cp = Character.toCodePoint(c, next);
            b[at++] = (byte) (0xF0 | cp >> 18);
            b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | cp & 0x3F);
            return -at;
        } else {
            b[at++] = '?';
        }
        return at;
    }

    /** East Asian wide and emoji code points, which terminals draw two columns wide. */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F || cp >= 0x1F900 && cp <= 0x1F9FF
                || cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static int digits(int value) {
        int d = 1;
        for (int v = value; v >= 10; v /= 10) {
            d++;
        }
        return d;
    }

    private void startPaint(int paint) {
        if (color) {
            add(before[paint]);
        }
    }

    private void endPaint(int paint) {
        if (color) {
            add(after[paint]);
        }
    }

    private static String paintWithAnsi(Ansi.Color c, String text) {
        Ansi a = Ansi.ansi().bold();
        return (c == NONE ? a : a.fg(c)).a(text).reset().toString();
    }

    private void room(int more) {
        if (n + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
        }
    }

    /**
     * Adds a string in UTF-8 (a surrogate that is not one of a pair as {@code ?}): the JDK's encoding,
     * a copy for ASCII, cost a third of a loop over the chars (the message of every finding).
     */
    private TextEmitter add(String s) {
        return add(s.getBytes(StandardCharsets.UTF_8));
    }

    private TextEmitter add(byte[] bytes) {
        return add(bytes, bytes.length);
    }

    /** Adds the first {@code length} bytes of {@code bytes}. */
    private TextEmitter add(byte[] bytes, int length) {
        room(length);
        System.arraycopy(bytes, 0, buf, n, length);
        n += length;
        return this;
    }

    /** The path of the last finding, in UTF-8: each finding of a file starts with the same one. */
    private String path;
    private byte[] pathBytes;

    private TextEmitter addPath(String p) {
        if (p != path) {
            pathBytes = p.getBytes(StandardCharsets.UTF_8);
            path = p;
        }
        return add(pathBytes);
    }

    /** Adds an ASCII char. */
    private TextEmitter add(char c) {
        room(1);
        buf[n++] = (byte) c;
        return this;
    }

    private TextEmitter add(int value) {
        if (value < 0) {
            return add(Integer.toString(value));
        }
        int d = digits(value);
        room(d);
        int at = n + d;
        for (int v = value; at > n; v /= 10) {
            buf[--at] = (byte) ('0' + v % 10);
        }
        n += d;
        return this;
    }

    /** Adds an ASCII char {@code count} times. */
    private TextEmitter repeat(char c, int count) {
        if (count > 0) {
            room(count);
            Arrays.fill(buf, n, n + count, (byte) c);
            n += count;
        }
        return this;
    }
}
