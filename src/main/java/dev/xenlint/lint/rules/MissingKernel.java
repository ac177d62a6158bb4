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
        // a PV guest's `firmware` (pvgrub32|64) arrived in 4.10 (931bd35bf6); an older xl does not read it
        boolean firmware = ctx.xenVersion().atLeast(4, 10);
        if (m.setting("kernel") != null || m.setting("bootloader") != null
                || firmware && m.setting("firmware") != null) {
            return;
        }
        var guest = m.guest();
        TextRange at = guest.range() != null ? guest.range() : TextRange.empty(0);
        String needs = firmware ? "`kernel`, `bootloader` (e.g. \"pygrub\") or `firmware`"
                : "`kernel` or `bootloader` (e.g. \"pygrub\"; xl " + ctx.xenVersion() + " reads no `firmware` for "
                        + "PV guests)";
        ctx.report(at, "a " + guest.type().id().toUpperCase(java.util.Locale.ROOT) + " guest needs " + needs
                + "; xl refuses to start it with neither");
    }
}
