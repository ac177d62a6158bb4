package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.EnumSet;

/**
 * {@code maxmem} above {@code memory} on an HVM or PVH guest starts it in
 * populate-on-demand mode, which xl cannot combine with device passthrough
 * or alternate p2m views.
 */
public final class PopulateOnDemandConflict extends Rule {

    public PopulateOnDemandConflict() {
        super(RuleInfo.of("XC306", "populate-on-demand-conflict", Severity.ERROR, RuleInfo.XL,
                EnumSet.of(GuestType.HVM, GuestType.PVH), RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        Value.Int memory = Checks.integer(m, "memory");
        Value.Int maxmem = Checks.integer(m, "maxmem");
        if (memory == null || maxmem == null || maxmem.value() <= memory.value()) {
            return;
        }
        Setting conflict = m.setting("pci") != null ? m.setting("pci") : m.setting("dtdev");
        String what = "device passthrough";
        if (conflict == null && (Checks.flag(m, "altp2mhvm") == Checks.Flag.ON || anyEnables(m.strings("altp2m")))) {
            conflict = m.setting("altp2m") != null ? m.setting("altp2m") : m.setting("altp2mhvm");
            what = "alternate p2m views";
        }
        if (conflict != null) {
            ctx.report(maxmem.range(), "`maxmem` above `memory` starts the guest in populate-on-demand mode, which "
                    + "xl cannot combine with " + what + "; it refuses the domain. Set maxmem equal to memory",
                    null, new RelatedLocation(Checks.keyRange(conflict), conflict.key() + " set here"));
        }
    }

    /** Whether any of the strings is not "disabled" (a loop, not a stream: see StartupPathTest). */
    private static boolean anyEnables(java.util.List<Value.Str> strings) {
        for (Value.Str s : strings) {
            if (!s.value().equals("disabled")) {
                return true;
            }
        }
        return false;
    }
}
