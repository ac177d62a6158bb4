package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** Nested virtualization and alternate p2m views cannot be combined. */
public final class NestedhvmAltp2mConflict extends Rule {

    public NestedhvmAltp2mConflict() {
        super(RuleInfo.of("XC216", "nestedhvm-altp2m-conflict", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        if (Checks.flag(m, "nestedhvm") != Checks.Flag.ON) {
            return;
        }
        Setting altp2m = null;
        Setting mode = m.setting("altp2m");
        if (mode != null && allEnable(mode)) {
            altp2m = mode;
        } else if (Checks.flag(m, "altp2mhvm") == Checks.Flag.ON) {
            altp2m = m.setting("altp2mhvm");
        }
        if (altp2m != null) {
            ctx.report(Checks.keyRange(m.setting("nestedhvm")), "nested virtualization cannot be combined with "
                    + "alternate p2m views; xl refuses the domain. Turn one of them off", null,
                    new RelatedLocation(Checks.keyRange(altp2m), altp2m.key() + " set here"));
        }
    }

    /** Whether every value {@code altp2m} may have turns it on (a loop, not a stream: see StartupPathTest). */
    private static boolean allEnable(Setting mode) {
        for (Value v : mode.candidates()) {
            if (!(v instanceof Value.Str s ? !s.value().equals("disabled") : v instanceof Value.Int i && i.value() != 0)) {
                return false;
            }
        }
        return true;
    }
}
