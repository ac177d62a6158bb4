package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;

/** xm's page sharing needs an HVM guest with hardware-assisted paging. */
public final class MemorySharingWithoutHap extends Rule {

    public MemorySharingWithoutHap() {
        super(RuleInfo.of("XC307", "memory-sharing-without-hap", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        if (Checks.flag(m, "memory_sharing") != Checks.Flag.ON) {
            return;
        }
        var at = Checks.keyRange(m.setting("memory_sharing"));
        if (!ctx.mayBe(GuestType.HVM)) {
            ctx.report(at, "memory sharing works for HVM guests only; xm refuses it on a PV guest");
        } else if (m.setting("hap") != null && Checks.flag(m, "hap") == Checks.Flag.OFF) {
            ctx.report(at, "memory sharing needs hardware-assisted paging, but `hap = 0`; xm refuses the domain");
        }
    }
}
