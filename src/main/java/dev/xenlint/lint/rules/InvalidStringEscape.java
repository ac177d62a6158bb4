package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.syntax.StringLiterals;
import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.text.TextRange;
import org.antlr.v4.runtime.Token;

/** A backslash escape xl does not know, which its lexer refuses. */
public final class InvalidStringEscape extends Rule {

    public InvalidStringEscape() {
        super(RuleInfo.of("XC004", "invalid-string-escape", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var tree = ctx.model().syntax();
        for (Token t : tree.tokens()) {
            if (t.getType() != XenLexer.STRING) {
                continue;
            }
            StringLiterals.Decoded d = StringLiterals.decode(t.getText());
            if (d.hasUnknownEscape()) {
                int at = tree.range(t).start() + d.unknownEscape();
                String escape = t.getText().substring(d.unknownEscape(), Math.min(t.getText().length(),
                        d.unknownEscape() + 2));
                ctx.report(new TextRange(at, at + escape.length()), "`" + escape + "` is not an escape xl knows, so "
                        + "xl refuses the file; write `\\\\` for a backslash");
            }
        }
    }
}
