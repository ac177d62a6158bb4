package dev.xenlint.lsp.services;

import dev.xenlint.model.Value;
import dev.xenlint.text.LineIndex;
import dev.xenlint.text.TextRange;
import java.util.List;

/** What is at an offset of a document: a word, a suppression comment, a string value. */
final class TextAt {

    private TextAt() {
    }

    static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The identifier around an offset, or null. */
    static TextRange identifier(String text, int offset) {
        int a = Math.min(offset, text.length());
        int b = a;
        while (a > 0 && identifierPart(text.charAt(a - 1))) {
            a--;
        }
        while (b < text.length() && identifierPart(text.charAt(b))) {
            b++;
        }
        return a == b ? null : new TextRange(a, b);
    }

    /** A rule selector (code or kebab-case name) around an offset, or null. */
    static TextRange selector(String text, int offset) {
        int a = Math.min(offset, text.length());
        int b = a;
        while (a > 0 && (identifierPart(text.charAt(a - 1)) || text.charAt(a - 1) == '-')) {
            a--;
        }
        while (b < text.length() && (identifierPart(text.charAt(b)) || text.charAt(b) == '-')) {
            b++;
        }
        return a == b ? null : new TextRange(a, b);
    }

    /** Whether the offset is in the rule list of a {@code # xenlint: disable...=} comment on its line. */
    static boolean inSuppression(String text, LineIndex lines, int offset) {
        int line = lines.lineOf(offset) + 1;
        String before = text.substring(lines.lineStart(line), Math.min(offset, lines.lineEnd(line)));
        int hash = before.lastIndexOf('#');
        while (hash >= 0) {
            String rest = before.substring(hash + 1).stripLeading();
            if (rest.startsWith("xenlint:")) {
                return rest.indexOf('=') >= 0 && rest.indexOf(" --") < 0;
            }
            hash = before.lastIndexOf('#', hash - 1);
        }
        return false;
    }

    /** The string among {@code strings} whose literal contains the offset (quotes excluded), or null. */
    static Value.Str string(List<Value.Str> strings, int offset) {
        for (Value.Str s : strings) {
            if (s.range().start() < offset && offset < s.range().end() || s.range().contains(offset)
                    && index(s, offset) >= 0) {
                return s;
            }
        }
        return null;
    }

    /** Index of the char of {@code s} at the offset, or -1 when no char of it comes from there. */
    static int index(Value.Str s, int offset) {
        for (int i = 0; i < s.value().length(); i++) {
            if (s.starts()[i] <= offset && offset < s.ends()[i]) {
                return i;
            }
        }
        return -1;
    }

    /** How many chars of {@code s} come before the offset (for a cursor between two chars). */
    static int charsBefore(Value.Str s, int offset) {
        int n = 0;
        for (int i = 0; i < s.value().length(); i++) {
            if (s.starts()[i] < offset) {
                n = i + 1;
            }
        }
        return n;
    }
}
