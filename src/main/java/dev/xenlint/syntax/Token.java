package dev.xenlint.syntax;

import dev.xenlint.text.TextRange;

/**
 * One token of a file: its kind, its text exactly as written, and where it is (UTF-16 offsets
 * into the {@link dev.xenlint.text.SourceText}'s text). The texts of a file's tokens, in order,
 * concatenate to the file.
 */
public record Token(TokenKind kind, String text, TextRange range) implements TreeElement {

    public boolean is(TokenKind k) {
        return kind == k;
    }
}
