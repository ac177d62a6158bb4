package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;
import dev.xenlint.text.TextRange;

/** A PV or PVH guest needs a kernel, a bootloader or firmware to boot from. */
public final class MissingKernel extends Rule {

    public MissingKernel() {
        super(RuleInfo.of("XC207", "missing-kernel", Severity.ERROR, RuleInfo.XL, RuleInfo.NOT_HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.mayBe(GuestType.HVM)) {
            return;
        }
        var m = ctx.model();
        if (m.setting("kernel") != null || m.setting("bootloader") != null || m.setting("firmware") != null) {
            return;
        }
        var guest = m.guest();
        TextRange at = guest.range() != null ? guest.range() : TextRange.empty(0);
        ctx.report(at, "a " + guest.type().id().toUpperCase(java.util.Locale.ROOT) + " guest needs `kernel`, "
                + "`bootloader` (e.g. \"pygrub\") or `firmware`; xl refuses to start it with neither");
    }
}
