package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.Setting;
import java.util.EnumSet;

/** {@code timer_mode} is an HVM setting; xl refuses it on a PV guest. */
public final class TimerModeOnPv extends Rule {

    public TimerModeOnPv() {
        super(RuleInfo.of("XC212", "timer-mode-on-pv", Severity.ERROR, RuleInfo.XL, EnumSet.of(GuestType.PV),
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting s = ctx.model().setting("timer_mode");
        if (s != null && !ctx.mayBe(GuestType.HVM) && !ctx.mayBe(GuestType.PVH)) {
            ctx.report(Checks.keyRange(s), "`timer_mode` applies to HVM guests; xl refuses it on a PV guest. Remove it");
        }
    }
}
