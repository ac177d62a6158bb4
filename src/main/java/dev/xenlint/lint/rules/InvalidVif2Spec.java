package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Value;
import java.util.Set;

/** An xm netchannel2 ({@code vif2}) item xm does not know, or one without a value. */
public final class InvalidVif2Spec extends Rule {

    private static final Set<String> KEYS = Set.of("front_mac", "back_mac", "backend", "trusted", "back_trusted",
            "front_filter_mac", "filter_mac", "bridge", "pdev", "max_bypasses");

    public InvalidVif2Spec() {
        super(RuleInfo.of("XC613", "invalid-vif2-spec", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str s : ctx.model().listStrings("vif2")) {
            for (KeyValueSpec.Entry e : KeyValueSpec.parse(s).entries().values()) {
                String key = e.key().text();
                if (e.value() == null) {
                    ctx.report(e.key().range(), "`" + key + "` needs a value (`key=value`); xm refuses the vif2");
                } else if (!KEYS.contains(key)) {
                    ctx.report(e.key().range(), "`" + key + "` is not a vif2 option xm knows; it refuses the domain");
                }
            }
        }
    }
}
