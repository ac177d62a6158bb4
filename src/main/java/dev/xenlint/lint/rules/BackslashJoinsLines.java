package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * A backslash at the end of a line glues the next line on. xm (Python) then
 * reads the next statement as part of this one; xl has no line continuation
 * at all and refuses the file.
 */
public final class BackslashJoinsLines extends Rule {

    public BackslashJoinsLines() {
        super(RuleInfo.of("XC024", "backslash-joins-lines", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        SyntaxTree tree = ctx.model().syntax();
        if (tree.source().text().indexOf('\\') < 0) {
            return; // no backslash, no line continuation (most files): no walk over every token
        }
        List<Token> tokens = tree.tokens();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            switch (t.kind()) {
                case LPAREN, LBRACK, LBRACE -> depth++;
                case RPAREN, RBRACK, RBRACE -> depth = Math.max(0, depth - 1);
                case NEWLINE -> depth = 0; // a logical line ends (an NL inside brackets does not)
                default -> { }
            }
            if (!t.is(TokenKind.LINE_CONTINUATION)) {
                continue;
            }
            TextRange backslash = TextRange.empty(tree.range(t).start()).cover(
                    new TextRange(tree.range(t).start(), tree.range(t).start() + 1));
            boolean nextIsStatement = startsStatement(tokens, i + 1);
            // removing the backslash is harmless where a newline is allowed anyway: inside brackets, or before
            // a new statement (which is what the line evidently is)
            Fix fix = depth > 0 || nextIsStatement ? RuleContext.replace("remove the backslash", backslash, "",
                    Fix.Applicability.SAFE) : null;
            if (!ctx.isXm()) {
                ctx.report(backslash, "xl has no line continuation: a `\\` outside a string is an error and `xl "
                        + "create` refuses the file" + (depth > 0 ? "; lists may simply go on over several lines"
                        : nextIsStatement ? "; the next line is a statement of its own" : "; join the two lines"),
                        fix);
            } else if (nextIsStatement && depth == 0) {
                ctx.report(backslash, "this backslash glues the next line onto this one, so Python reads the next "
                        + "statement as part of this one (a syntax error); remove it", fix);
            }
        }
    }

    /** Whether the visible tokens after index {@code from} begin with {@code NAME =} or {@code NAME +=}. */
    private static boolean startsStatement(List<Token> tokens, int from) {
        int seen = 0;
        for (int i = from; i < tokens.size() && seen < 2; i++) {
            Token t = tokens.get(i);
            if (t.kind().isTrivia()) {
                continue;
            }
            if (seen == 0 && !t.is(TokenKind.NAME)) {
                return false;
            }
            if (seen == 1) {
                return t.is(TokenKind.ASSIGN) || t.is(TokenKind.PLUS_ASSIGN);
            }
            seen++;
        }
        return false;
    }
}
