package dev.xenlint.syntax;

import dev.xenlint.text.TextRange;

/**
 * One token of a file: its kind, its text exactly as written, and where it is (UTF-16 offsets
 * into the {@link dev.xenlint.text.SourceText}'s text). The texts of a file's tokens, in order,
 * concatenate to the file. Tokens compare by value (kind, text and start), as a record would.
 *
 * <p>The token keeps only its start: its end is the start plus its text's length (the text is the
 * file's between the two), and its {@link #range()} is made when asked for. A file's tokens all live
 * as long as its tree, a million of them for a 1 MiB file: a range object kept in each was a third
 * of what they held (issues 9 and 14).
 */
public final class Token implements TreeElement {

    private final TokenKind kind;
    private final String text;
    private final int start;

    /** The token of kind {@code kind} whose text {@code text} starts at offset {@code start}. */
    public Token(TokenKind kind, String text, int start) {
        if (start < 0) {
            throw new IllegalArgumentException("bad token start " + start);
        }
        this.kind = kind;
        this.text = text;
        this.start = start;
    }

    /**
     * The token of kind {@code kind} with text {@code text} at {@code range}, whose length must be the
     * text's.
     */
    public Token(TokenKind kind, String text, TextRange range) {
        this(kind, text, range.start());
        if (range.length() != text.length()) {
            throw new IllegalArgumentException("token text of " + text.length() + " chars at " + range);
        }
    }

    public TokenKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** The offset of the token's first char. */
    public int start() {
        return start;
    }

    /** The offset just past the token's last char. */
    public int end() {
        return start + text.length();
    }

    /** From {@link #start()} to {@link #end()} (a new object on each call). */
    public TextRange range() {
        return new TextRange(start, start + text.length());
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    // equals, hashCode and toString as a record's of (kind, text, range) would be, written out (see TextRange)

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && t.kind == kind && t.start == start && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return (31 * kind.hashCode() + text.hashCode()) * 31 + range().hashCode();
    }

    @Override
    public String toString() {
        return "Token[kind=" + kind + ", text=" + text + ", range=" + range() + "]";
    }
}
