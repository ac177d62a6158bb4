package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/**
 * PV/PVH {@code firmware} must be pvgrub32 or pvgrub64 and excludes {@code kernel}.
 * xl reads {@code firmware} only from Xen 4.10 (commit 931bd35bf6).
 */
public final class FirmwareKernelConflict extends Rule {

    public FirmwareKernelConflict() {
        super(RuleInfo.of("XC210", "firmware-kernel-conflict", Severity.ERROR, RuleInfo.XL, RuleInfo.NOT_HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.mayBe(GuestType.HVM) || ctx.xenVersion().before(4, 10)) { // older xl ignores firmware (XC207)
            return;
        }
        Setting kernel = ctx.model().setting("kernel");
        for (Value.Str fw : ctx.model().strings("firmware")) {
            if (!fw.value().equals("pvgrub32") && !fw.value().equals("pvgrub64")) {
                ctx.report(fw.range(), "a PV or PVH guest takes `firmware = \"pvgrub32\"` or `\"pvgrub64\"`; xl "
                        + "refuses `" + fw.value() + "`");
            } else if (kernel != null) {
                ctx.report(fw.range(), "`firmware` and `kernel` both say what to boot; xl refuses a PV or PVH guest "
                        + "with both. Keep one", null, new RelatedLocation(Checks.keyRange(kernel), "kernel set here"));
            }
        }
    }
}
