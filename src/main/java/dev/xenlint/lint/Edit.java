package dev.xenlint.lint;

import dev.xenlint.text.TextRange;

/**
 * Replace the text in {@code range} with {@code replacement}. The byte order mark is not part of
 * the text (positions start after it), so removing it is an edit of its own: {@link #removeByteOrderMark()}.
 *
 * @param dropsBom whether applying the edit also saves the file without its UTF-8 byte order mark
 */
public record Edit(TextRange range, String replacement, boolean dropsBom) {

    public Edit(TextRange range, String replacement) {
        this(range, replacement, false);
    }

    /** The edit that removes the file's byte order mark (and changes no text). */
    public static Edit removeByteOrderMark() {
        return new Edit(TextRange.empty(0), "", true);
    }
}
