package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.syntax.XlSyntax;

/** A backslash escape xl does not know, which its lexer refuses. */
public final class InvalidStringEscape extends Rule {

    public InvalidStringEscape() {
        super(RuleInfo.of("XC004", "invalid-string-escape", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
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
}
