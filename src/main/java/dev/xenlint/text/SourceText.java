package dev.xenlint.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The decoded text of one configuration file, with what is needed to write it
 * back byte for byte: whether it had a UTF-8 byte order mark and which charset
 * decoded it (UTF-8, or ISO-8859-1 for files that are not valid UTF-8, which
 * maps every byte to one char and so loses nothing).
 *
 * All positions in xenlint are UTF-16 offsets into {@link #text()}. ANTLR
 * counts code points; {@link #offsetOfCodePoint(int)} is the one place that
 * converts.
 */
public final class SourceText {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String name;
    private final String text;
    private final boolean bom;
    private final Charset charset;
    private final int[] codePointOffsets; // null when every code point is one char
    private LineIndex lines;
    private int[] lineFeeds; // offsets of every '\n', built on first use
    private String lineEnding; // worked out on first use: asked once per repair that inserts a line break

    private SourceText(String name, String text, boolean bom, Charset charset) {
        this.name = name;
        this.text = text;
        this.bom = bom;
        this.charset = charset;
        this.codePointOffsets = buildCodePointOffsets(text);
    }

    public static SourceText of(String name, String text) {
        boolean bom = !text.isEmpty() && text.charAt(0) == '\uFEFF';
        return new SourceText(name, bom ? text.substring(1) : text, bom, StandardCharsets.UTF_8);
    }

    public static SourceText decode(String name, byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
        int start = bom ? 3 : 0;
        // The usual case in one step: the JDK's own decoder, which replaces what is not UTF-8 with
        // U+FFFD; only a text holding U+FFFD (replaced, or written so in the file) is decoded again
        // strictly to tell the two apart. The strict decoder's buffer and copy cost per file (issue 14).
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return new SourceText(name, text, bom, StandardCharsets.UTF_8);
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String strict = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(body)
                    .toString();
            return new SourceText(name, strict, bom, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            String latin1 = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
            return new SourceText(name, latin1, bom, StandardCharsets.ISO_8859_1);
        }
    }

    /** The same file with new text: name, BOM and charset are kept. */
    public SourceText withText(String newText) {
        return new SourceText(name, newText, bom, charset);
    }

    /** The same file saved without a byte order mark. */
    public SourceText withoutBom() {
        return bom ? new SourceText(name, text, false, charset) : this;
    }

    /** Encodes a (possibly edited) text the way this file was encoded. */
    public byte[] encode(String newText) {
        byte[] body = newText.getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        System.arraycopy(UTF8_BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    public Charset charset() {
        return charset;
    }

    public LineIndex lines() {
        if (lines == null) {
            lines = new LineIndex(text);
        }
        return lines;
    }

    /**
     * The offset of the last {@code '\n'} before {@code offset}, or -1. xl's lexer ends lines only at
     * LF (a lone CR is a character to it), so its lines are not always {@link #lines()}' lines.
     */
    public int lineFeedBefore(int offset) {
        int[] lf = lineFeeds();
        int i = java.util.Arrays.binarySearch(lf, offset);
        i = i >= 0 ? i - 1 : -i - 2;
        return i >= 0 ? lf[i] : -1;
    }

    /** The offset of the first {@code '\n'} at or after {@code offset}, or the text's length. */
    public int lineFeedFrom(int offset) {
        int[] lf = lineFeeds();
        int i = java.util.Arrays.binarySearch(lf, offset);
        i = i >= 0 ? i : -i - 1;
        return i < lf.length ? lf[i] : text.length();
    }

    private int[] lineFeeds() {
        if (lineFeeds == null) {
            int[] lf = new int[16];
            int count = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (count == lf.length) {
                    lf = java.util.Arrays.copyOf(lf, count * 2);
                }
                lf[count++] = i;
            }
            lineFeeds = java.util.Arrays.copyOf(lf, count);
        }
        return lineFeeds;
    }

    public Position position(int offset) {
        return lines().position(offset);
    }

    public String slice(TextRange range) {
        return text.substring(range.start(), range.end());
    }

    /**
     * The line ending used by most lines: "\r\n", "\r" or "\n" (the default). Counted once per text (a count
     * per call made a file with a repair on every line quadratic: 24,000 lines of two statements each took 80 s).
     */
    public String lineEnding() {
        String known = lineEnding;
        if (known == null) {
            known = countLineEndings();
            lineEnding = known;
        }
        return known;
    }

    private String countLineEndings() {
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf ? "\r" : "\n";
    }

    /** UTF-16 offset of the code point with the given index (ANTLR's char index). */
    public int offsetOfCodePoint(int codePointIndex) {
        if (codePointOffsets == null) {
            return Math.min(codePointIndex, text.length());
        }
        return codePointOffsets[Math.min(codePointIndex, codePointOffsets.length - 1)];
    }

    private static int[] buildCodePointOffsets(String text) {
        // every code point is one char unless the text holds a surrogate pair (a lone surrogate is one
        // code point of one char); codePointCount answers at once for a text of Latin-1 characters
        int count = text.codePointCount(0, text.length());
        if (count == text.length()) {
            return null;
        }
        int[] offsets = new int[count + 1];
        int offset = 0;
        for (int i = 0; i < count; i++) {
            offsets[i] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        offsets[count] = text.length();
        return offsets;
    }
}
