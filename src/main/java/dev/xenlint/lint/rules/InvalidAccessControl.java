package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** xm's {@code access_control} takes exactly one {@code 'policy=P,label=L'}. */
public final class InvalidAccessControl extends Rule {

    public InvalidAccessControl() {
        super(RuleInfo.of("XC707", "invalid-access-control", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting ac = ctx.model().setting("access_control");
        if (ac == null) {
            return;
        }
        for (Value v : ac.candidates()) {
            if (!(v instanceof Value.ListValue list)) {
                continue;
            }
            if (list.items().size() != 1) {
                ctx.report(list.range(), "`access_control` takes exactly one entry; xm refuses " + list.items().size());
                continue;
            }
            if (list.items().get(0) instanceof Value.Str s) {
                KeyValueSpec spec = KeyValueSpec.parse(s);
                if (spec.entries().size() != 2 || spec.get("policy") == null || spec.get("label") == null) {
                    ctx.report(s.range(), "write the entry as `'policy=POLICY,label=LABEL'`; xm refuses other forms");
                }
            }
        }
    }
}
