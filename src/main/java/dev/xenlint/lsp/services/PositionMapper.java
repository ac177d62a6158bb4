package dev.xenlint.lsp.services;

import dev.xenlint.text.LineIndex;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The one place that converts between xenlint's UTF-16 offsets and LSP positions (0-based line,
 * 0-based character counted in the negotiated encoding: UTF-16 code units, or UTF-8 bytes when the
 * client offered {@code utf-8}). Lines end at LF, CRLF or a lone CR, as LSP says.
 *
 * <p>A document whose text starts with a byte order mark (U+FEFF, sent by an editor that keeps it) has it
 * as its first character, while xenlint's offsets start after it: on the first line, positions count it
 * ({@link #bomWidth()}), and {@link #byteOrderMark()} is the range that removes it.
 */
public final class PositionMapper {

    /** How the characters of a position are counted. */
    public enum Encoding {
        UTF16("utf-16"), UTF8("utf-8");

        public final String id;

        Encoding(String id) {
            this.id = id;
        }
    }

    private final String text;
    private final LineIndex lines;
    private final Encoding encoding;
    private final int bom; // the width of U+FEFF before the text, in the encoding; 0 without one

    public PositionMapper(SourceText source, Encoding encoding) {
        this.text = source.text();
        this.lines = source.lines();
        this.encoding = encoding;
        this.bom = !source.hasBom() ? 0 : encoding == Encoding.UTF16 ? 1 : 3;
    }

    /** How many characters of the first line the byte order mark takes, in the encoding (0 without one). */
    public int bomWidth() {
        return bom;
    }

    /** The range of the byte order mark at the start of the document, or null when it has none. */
    public Range byteOrderMark() {
        return bom == 0 ? null : new Range(new Position(0, 0), new Position(0, bom));
    }

    /**
     * The offset of a position in the document's text as the editor holds it, byte order mark included
     * (where {@link #offset} counts from after it).
     */
    public int documentOffset(Position position) {
        if (bom == 0) {
            return offset(position);
        }
        if (position.getLine() <= 0 && position.getCharacter() < bom) {
            return 0;
        }
        return offset(position) + 1;
    }

    public Encoding encoding() {
        return encoding;
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lines.lineOf(clamped);
        int start = lines.lineStart(line + 1);
        int character = encoding == Encoding.UTF16 ? clamped - start : utf8Length(start, clamped);
        return new Position(line, line == 0 ? character + bom : character);
    }

    public Range range(TextRange range) {
        return new Range(position(range.start()), position(range.end()));
    }

    /** The UTF-16 offset of an LSP position, clamped to its line (a character past the end means the end). */
    public int offset(Position position) {
        if (position.getLine() < 0) {
            return 0;
        }
        if (position.getLine() >= lines.lineCount()) {
            return text.length();
        }
        int line = position.getLine() + 1;
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        int want = Math.max(0, position.getCharacter() - (line == 1 ? bom : 0));
        if (encoding == Encoding.UTF16) {
            return Math.min(start + want, end);
        }
        int bytes = 0;
        int i = start;
        while (i < end) {
            int cp = text.codePointAt(i);
            int n = utf8Bytes(cp);
            if (bytes + n > want) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return i;
    }

    public TextRange textRange(Range range) {
        int a = offset(range.getStart());
        int b = offset(range.getEnd());
        return new TextRange(Math.min(a, b), Math.max(a, b));
    }

    private int utf8Length(int from, int to) {
        int bytes = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (i + n > to) { // a lone high surrogate before the offset
                bytes += 3;
                break;
            }
            bytes += utf8Bytes(cp);
            i += n;
        }
        return bytes;
    }

    private static int utf8Bytes(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
