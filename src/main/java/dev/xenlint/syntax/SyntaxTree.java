package dev.xenlint.syntax;

import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * The result of parsing one file: every token (trivia included, in order, so
 * their texts concatenate to the input), the logical lines with their parse
 * trees, the block structure, and the problems found.
 *
 * @param indentationErrors problems only Python has: indentation (xl ignores leading whitespace) and
 *                          empty statements ({@code ;} alone, {@code ;;}, which xl accepts)
 * @param xl                what xl's own parser makes of the file
 */
public record SyntaxTree(SourceText source, List<Token> tokens, List<LogicalLine> lines, List<Statement> statements,
                         List<SyntaxError> errors, List<SyntaxError> indentationErrors, XlSyntax.Result xl) {

    /**
     * Whether xl's parser refuses something on the logical line (or lines) that {@code range} touches: the
     * check that keeps a Python-level error, or a Python construct, from counting where xl reads the text fine.
     * A line ending xl refuses (the CR of a CRLF, a backslash before the line break, the last line's comment
     * without one) is about the line's end, not its content, and does not count; nor does a lexical problem on the line after, which is
     * that line's own (no token of xl's spans lines): only where xl's grammar stops there (it notices a list
     * that is never closed at the next line's first token).
     */
    public boolean xlRefusesAround(TextRange range) {
        int from = range.start();
        int to = range.end();
        LogicalLine first = lineAt(from);
        LogicalLine last = lineAt(to);
        if (first != null) {
            from = Math.min(from, first.range().start());
        }
        if (last != null) {
            to = Math.max(to, last.range().end());
        }
        // xl's lines, which end only at LF: after a lone CR (a stray character to xl) its line goes on
        from = source.lineFeedBefore(from) + 1;
        int end = source.lineFeedFrom(to);
        if (xl.contentRefusesWithin(from, end)) {
            return true;
        }
        return end < source.text().length() && xl.grammarRefusesWithin(end + 1, source.lineFeedFrom(end + 1));
    }

    /**
     * Whether xl refuses {@code statement} (a small statement from its first token to its last, or a block's
     * header's logical line) read on a line of its own: its line endings
     * as LF (a CRLF's CR and a backslash before a line break are line endings, see
     * {@link XlSyntax.Result#contentRefusesWithin}) and a line break after it, unless it ends the file. What xl makes of a line depends on
     * its layout (after a grammar error it reads nothing more of the line; after a stray character, nothing up to
     * the next blank), which {@code format} changes by putting statements on lines of their own; the statement
     * alone does not, so a Python construct counts, or does not, in any layout of the file.
     *
     * @param known the answers already found in this file, by the statement's text read alone (the answer
     *              depends on nothing else), which this adds to: a statement repeated on many lines is read by
     *              xl's parser once
     */
    public boolean xlRefusesAlone(TextRange statement, java.util.Map<String, Boolean> known) {
        if (xl.accepts()) {
            return false;
        }
        int end = Math.min(statement.end(), source.text().length());
        String text = source.text().substring(statement.start(), end)
                .replace("\\\r\n", "\n").replace("\\\n", "\n").replace("\r\n", "\n");
        // the file's last statement is read as it ends, without a line break: xl reads a last line without one
        // (and drops a stray last character, as in `a = 1` then `X`), and format does not add one there
        String alone = end == source.text().length() ? text : text + "\n";
        Boolean refused = known.get(alone);
        if (refused == null) {
            refused = !XlSyntax.check(source.withoutBom().withText(alone)).accepts();
            known.put(alone, refused);
        }
        return refused;
    }

    /** The logical line whose range holds {@code offset}, or null. */
    public LogicalLine lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange r = lines.get(mid).range();
            if (r.end() < offset) {
                lo = mid + 1;
            } else if (r.start() > offset) {
                hi = mid - 1;
            } else {
                return lines.get(mid);
            }
        }
        return null;
    }

    /** The range of a token: its own (kept for symmetry with {@link #range(Token, Token)}). */
    public TextRange range(Token token) {
        return token.range();
    }

    /** From the start of one token to the end of another. */
    public TextRange range(Token first, Token last) {
        return new TextRange(Math.min(first.start(), last.start()), Math.max(first.end(), last.end())); // as cover()
    }

    /** From the start of a node's first token to the end of its last. */
    public TextRange range(Node node) {
        return node.range();
    }

    /** Index in {@link #tokens()} of the token starting where {@code token} starts. */
    public int indexOf(Token token) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int start = token.start();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = tokens.get(mid).start();
            if (at < start) {
                lo = mid + 1;
            } else if (at > start) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return Math.max(0, Math.min(lo, tokens.size() - 1));
    }

    /** The concatenated text of all tokens: equal to the source text for any input. */
    public String tokenText() {
        StringBuilder sb = new StringBuilder(source.text().length());
        for (Token t : tokens) {
            sb.append(t.text());
        }
        return sb.toString();
    }
}
