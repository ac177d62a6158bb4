package dev.xenlint.lint;

import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;

/**
 * Another place that explains a diagnostic, such as the first of two duplicate keys.
 *
 * @param range   where, in the diagnostic's own file or in {@code file}
 * @param message what happens there
 * @param file    the other file, for findings across files (a fleet of guests); null for the same file
 */
public record RelatedLocation(TextRange range, String message, OtherFile file) {

    /** A file other than the diagnostic's: its name as reported and its text, to compute lines and columns. */
    public record OtherFile(String displayPath, SourceText source) {
    }

    public RelatedLocation(TextRange range, String message) {
        this(range, message, null);
    }

    public boolean inSameFile() {
        return file == null;
    }
}
