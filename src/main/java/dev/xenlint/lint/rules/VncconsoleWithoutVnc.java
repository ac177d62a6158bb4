package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.KeyValueSpec;

/** {@code vncconsole = 1} starts a VNC viewer, but with VNC off there is nothing to view. */
public final class VncconsoleWithoutVnc extends Rule {

    public VncconsoleWithoutVnc() {
        super(RuleInfo.of("XC401", "vncconsole-without-vnc", Severity.WARNING, RuleInfo.XM, RuleInfo.HVM,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        if (Checks.flag(m, "vncconsole") != Checks.Flag.ON || Checks.flag(m, "vnc") != Checks.Flag.OFF) {
            return;
        }
        KeyValueSpec vfb = Display.vfb(ctx);
        if (vfb != null && Display.vncOn(ctx, vfb)) {
            return; // `vfb = ['type=vnc']` turns VNC on (xend image.py:305-307)
        }
        Setting vncconsole = m.setting("vncconsole");
        Setting vnc = m.setting("vnc");
        Fix fix = vnc != null && vnc.assignments().size() == 1 && !vnc.first().isConditional()
                ? RuleContext.replace("turn VNC on", vnc.first().valueRange(), "1", Fix.Applicability.UNSAFE)
                : new Fix("remove vncconsole", java.util.List.of(Checks.removeStatement(ctx.source(), vncconsole.last())),
                        Fix.Applicability.UNSAFE);
        ctx.report(Checks.keyRange(vncconsole), "`vncconsole = 1` opens a VNC viewer on the guest's display, but "
                + "VNC is off; xm waits for a VNC port that never appears and is killed after 10 seconds. Set "
                + "`vnc = 1` or remove `vncconsole`", fix);
    }
}
