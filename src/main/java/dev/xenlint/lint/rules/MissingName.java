package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Setting;
import dev.xenlint.text.TextRange;

/** No {@code name}: xl refuses the domain; xm names it after the file. */
public final class MissingName extends Rule {

    public MissingName() {
        super(RuleInfo.of("XC105", "missing-name", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.INFO));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting name = ctx.model().setting("name");
        if (name != null && !name.mayBeUnset()) {
            return;
        }
        TextRange at = name != null ? Checks.keyRange(name) : TextRange.empty(0);
        String some = name != null ? " on some paths through the file" : "";
        if (ctx.dialect() == Dialect.XL) {
            ctx.report(at, "`name` is not set" + some + "; xl refuses to create a domain without a name. "
                    + "Add `name = \"...\"`");
        } else {
            ctx.reportMild(Severity.INFO, at, "`name` is not set" + some + "; xm names the domain after the "
                    + "config file, and xl would refuse it. Add `name = \"...\"`", null);
        }
    }
}
