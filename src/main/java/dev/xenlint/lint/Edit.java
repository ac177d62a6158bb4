package dev.xenlint.lint;

import dev.xenlint.text.TextRange;

/** Replace the text in {@code range} with {@code replacement}. */
public record Edit(TextRange range, String replacement) {
}
