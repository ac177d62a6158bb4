package dev.xenlint.lsp.services;

import dev.xenlint.lint.Edit;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/** xenlint's edits as LSP text edits. */
final class TextEdits {

    private TextEdits() {
    }

    static List<TextEdit> of(AnalyzedDocument doc, List<Edit> edits) {
        List<TextEdit> out = new ArrayList<>();
        for (Edit e : edits) {
            if (e.dropsBom() && doc.positions().byteOrderMark() != null) {
                out.add(new TextEdit(doc.positions().byteOrderMark(), ""));
            }
            if (!e.dropsBom() || !e.range().isEmpty() || !e.replacement().isEmpty()) {
                out.add(edit(doc, e.range(), e.replacement()));
            }
        }
        return out;
    }

    /**
     * One edit turning the document's text into {@code after}: the span between the longest common
     * prefix and suffix, so an editor keeps the cursor and marks outside it. Empty when equal.
     */
    static List<TextEdit> replaceAll(AnalyzedDocument doc, String after) {
        return replaceAll(doc, after, false);
    }

    /** The same, and with {@code dropBom} an edit that removes the document's byte order mark (if it has one). */
    static List<TextEdit> replaceAll(AnalyzedDocument doc, String after, boolean dropBom) {
        List<TextEdit> out = new ArrayList<>();
        if (dropBom && doc.positions().byteOrderMark() != null) {
            out.add(new TextEdit(doc.positions().byteOrderMark(), ""));
        }
        String before = doc.text();
        if (before.equals(after)) {
            return out;
        }
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--; // never split a surrogate pair
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        TextRange range = new TextRange(prefix, before.length() - suffix);
        out.add(edit(doc, range, after.substring(prefix, after.length() - suffix)));
        return out;
    }

    /**
     * An edit of {@code range}, widened to the whole line end where an end of the range falls between the CR
     * and the LF of a CRLF: LSP has no position there (an editor would move it to the line's end).
     */
    static TextEdit edit(AnalyzedDocument doc, TextRange range, String replacement) {
        String text = doc.text();
        int start = range.start();
        int end = range.end();
        String with = replacement;
        if (insideCrlf(text, start)) {
            start--;
            with = "\r" + with;
        }
        if (insideCrlf(text, end)) {
            end++;
            with = with + "\n";
        }
        TextRange widened = start == range.start() && end == range.end() ? range : new TextRange(start, end);
        return new TextEdit(doc.positions().range(widened), with);
    }

    private static boolean insideCrlf(String text, int offset) {
        return offset > 0 && offset < text.length() && text.charAt(offset - 1) == '\r' && text.charAt(offset) == '\n';
    }
}
