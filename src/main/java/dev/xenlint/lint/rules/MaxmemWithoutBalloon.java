package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Value;

/** An HVM guest started "pre-ballooned" (maxmem above memory): it crashes unless it runs a balloon driver. */
public final class MaxmemWithoutBalloon extends Rule {

    public MaxmemWithoutBalloon() {
        super(RuleInfo.of("XC320", "hvm-maxmem-needs-balloon", Severity.WARNING, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        ConfigModel m = ctx.model();
        Value.Int memory = Checks.integer(m, "memory");
        Value.Int maxmem = Checks.integer(m, "maxmem");
        if (memory == null || maxmem == null || maxmem.value() <= memory.value() || memory.value() <= 0) {
            return;
        }
        if (m.setting("pci") != null || m.setting("dtdev") != null) {
            return; // populate-on-demand-conflict: libxl refuses this domain outright
        }
        ctx.report(maxmem.range(), "`maxmem` (" + maxmem.value() + ") above `memory` (" + memory.value() + ") starts "
                + "this HVM guest pre-ballooned (populate-on-demand): without a balloon driver in the guest "
                + "(Windows without PV drivers, installers, most live CDs) it crashes once it touches more than "
                + memory.value() + " MiB", null, new RelatedLocation(memory.range(), "memory at boot"));
    }
}
