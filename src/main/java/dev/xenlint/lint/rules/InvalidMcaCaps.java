package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** xl's parser accepts only {@code lmce} in {@code mca_caps}, though the manual lists more. */
public final class InvalidMcaCaps extends Rule {

    public InvalidMcaCaps() {
        super(RuleInfo.of("XC708", "invalid-mca-caps", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting caps = ctx.model().setting("mca_caps");
        if (caps == null) {
            return;
        }
        for (Value v : caps.candidates()) {
            java.util.List<Value> items = v instanceof Value.ListValue l ? l.items() : java.util.List.of(v);
            for (Value item : items) {
                if (item instanceof Value.Str s && !s.value().equals("lmce")) {
                    ctx.report(s.range(), "xl accepts only `lmce` in `mca_caps` and refuses `" + s.value() + "`");
                }
            }
        }
    }
}
