package dev.xenlint.syntax;

import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * A problem with the form of the file, found by the lexer, parser or block builder.
 *
 * @param repair the mechanical repair of what the user evidently meant (straight quotes for typographic
 *               ones, a plain space for a non-breaking one, a line break between two statements), or null
 */
public record SyntaxError(TextRange range, String message, Repair repair) {

    public SyntaxError(TextRange range, String message) {
        this(range, message, null);
    }

    /** Replacements that repair the error without changing anything else. */
    public record Repair(String description, List<Replacement> replacements) {
        public Repair {
            replacements = List.copyOf(replacements);
        }

        static Repair of(String description, TextRange range, String text) {
            return new Repair(description, List.of(new Replacement(range, text)));
        }
    }

    /** Replace the text in {@code range} with {@code text}. */
    public record Replacement(TextRange range, String text) {
    }
}
