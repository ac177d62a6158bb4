package dev.xenlint.syntax;

import dev.xenlint.text.TextRange;

/** A problem with the form of the file, found by the lexer, parser or block builder. */
public record SyntaxError(TextRange range, String message) {
}
