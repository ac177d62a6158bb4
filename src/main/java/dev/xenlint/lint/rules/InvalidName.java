package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** xm accepts domain names of letters, digits and {@code _ - . : +} only. */
public final class InvalidName extends Rule {

    public InvalidName() {
        super(RuleInfo.of("XC106", "invalid-name", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str name : ctx.model().strings("name")) {
            String v = name.value();
            if (v.isEmpty()) {
                ctx.report(name.range(), "the domain name is empty; xm refuses it");
                continue;
            }
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (!(c < 128 && (Character.isLetterOrDigit(c) || "_-.:+".indexOf(c) >= 0))) {
                    String what = c == ' ' ? "a space" : c == '\t' ? "a tab" : "`" + c + "`";
                    ctx.report(name.rangeOf(i, i + 1), what + " is not allowed in a domain name; xm accepts "
                            + "letters, digits and `_ - . : +` only");
                    break;
                }
            }
        }
    }
}
