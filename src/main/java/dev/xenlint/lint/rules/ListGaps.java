package dev.xenlint.lint.rules;

import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Places inside a {@code [...]} list where two string literals stand side by
 * side with no comma between them: Python joins them into one item, xl's
 * parser refuses them. Found from the tokens, so it works on any line.
 */
final class ListGaps {

    /**
     * One gap.
     *
     * @param before the string before the gap
     * @param after  the string after it
     * @param at     the position right after {@code before}, where a comma belongs
     */
    record Gap(TextRange before, TextRange after, int at) {
        /** The gap on the first string's line: the spaces after it, or an empty range where the comma goes. */
        TextRange pointer(String text) {
            int end = at;
            while (end < after.start() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            return end == after.start() ? new TextRange(at, end) : TextRange.empty(at);
        }
    }

    private ListGaps() {
    }

    static List<Gap> find(SyntaxTree tree) {
        List<Gap> out = new ArrayList<>();
        Deque<TokenKind> brackets = new ArrayDeque<>();
        Token previous = null;
        for (Token t : tree.tokens()) {
            if (t.kind().isTrivia()) {
                continue;
            }
            switch (t.kind()) {
                case LBRACK, LPAREN, LBRACE -> brackets.push(t.kind());
                case RBRACK, RPAREN, RBRACE -> {
                    if (!brackets.isEmpty()) {
                        brackets.pop();
                    }
                }
                case NEWLINE -> brackets.clear(); // a logical line ends: nothing stays open
                default -> { }
            }
            if (t.is(TokenKind.STRING) && previous != null && previous.is(TokenKind.STRING)
                    && !brackets.isEmpty() && brackets.peek() == TokenKind.LBRACK) {
                TextRange before = tree.range(previous);
                out.add(new Gap(before, tree.range(t), before.end()));
            }
            previous = t;
        }
        return out;
    }

    /** Whether a gap lies inside the range. */
    static boolean anyWithin(List<Gap> gaps, TextRange range) {
        for (Gap g : gaps) {
            if (range.start() <= g.at() && g.at() <= range.end()) {
                return true;
            }
        }
        return false;
    }
}
