package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.syntax.StringLiterals;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.syntax.XlSyntax;
import dev.xenlint.text.TextRange;

/** A backslash escape xl does not know, which its lexer refuses; in xm, one Python 2 refuses. */
public final class InvalidStringEscape extends Rule {

    public InvalidStringEscape() {
        super(RuleInfo.of("XC004", "invalid-string-escape", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.isXm()) {
            pythonRefusals(ctx);
            return;
        }
        // xl's own dequoting (XlSyntax): unknown letters, every `\x`, a `\0`..`\7` without two more digits
        for (XlSyntax.Problem p : ctx.model().syntax().xl().problems()) {
            if (p.kind() == XlSyntax.Kind.ESCAPE) {
                String m = p.message();
                ctx.report(p.range(), m.endsWith("xl knows") ? m + ", so xl refuses the file; write `\\\\` for a "
                        + "backslash" : m + "; xl refuses the file");
            } else if (p.kind() == XlSyntax.Kind.DROPPED_ESCAPE) {
                ctx.reportMild(Severity.WARNING, p.range(), p.message(), null);
            }
        }
    }

    private static final String[] ESCAPES = {"`\\x` escape without two", "`\\u` escape without four",
        "`\\U` escape without eight"};

    /** xm compiles the file as Python 2, which refuses a numeric escape with too few digits. */
    private static void pythonRefusals(RuleContext ctx) {
        for (Token t : ctx.model().syntax().tokens()) {
            if (!t.is(TokenKind.STRING)) {
                continue;
            }
            int[] at = StringLiterals.pythonRefusal(t.text());
            if (at != null) {
                String what = at[2] == 2 && at[1] == 10 ? "`\\U` escape beyond U+10FFFF"
                        : ESCAPES[at[2]] + " hex digits";
                ctx.report(new TextRange(t.start() + at[0], t.start() + at[0] + at[1]),
                        "Python 2 refuses a " + what + ", so xm cannot read the file");
            }
        }
    }
}
