package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code nographic = 1} next to a display: xm lets nographic win and turns
 * VNC and SDL off; xl ignores nographic unless vnc and sdl are both 0.
 */
public final class NographicConflict extends Rule {

    public NographicConflict() {
        super(RuleInfo.of("XC402", "nographic-conflict", Severity.WARNING, RuleInfo.BOTH, RuleInfo.HVM,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        if (Checks.flag(m, "nographic") != Checks.Flag.ON) {
            return;
        }
        Setting nographic = m.setting("nographic");
        Fix removeNographic = new Fix("remove nographic", List.of(Checks.removeStatement(ctx.source(),
                nographic.last())), Fix.Applicability.UNSAFE);
        if (ctx.dialect() == Dialect.XM) {
            List<String> on = new ArrayList<>();
            List<RelatedLocation> related = new ArrayList<>();
            for (String key : new String[] {"vnc", "sdl"}) {
                if (Checks.flag(m, key) == Checks.Flag.ON) {
                    on.add("`" + key + " = 1`");
                    related.add(new RelatedLocation(Checks.keyRange(m.setting(key)), key + " turned on here"));
                }
            }
            if (!on.isEmpty()) {
                ctx.report(Checks.keyRange(nographic), "`nographic = 1` turns VNC and SDL off in xm, so "
                        + String.join(" and ", on) + " has no effect; remove one or the other", removeNographic,
                        related.toArray(new RelatedLocation[0]));
            }
            return;
        }
        boolean vncOff = Checks.flag(m, "vnc") == Checks.Flag.OFF && m.setting("vnc") != null;
        boolean sdlOff = Checks.flag(m, "sdl") == Checks.Flag.OFF;
        if (!vncOff || !sdlOff) {
            String which = !vncOff ? (m.setting("vnc") == null ? "VNC is on by default" : "vnc is on") : "sdl is on";
            ctx.report(Checks.keyRange(nographic), "xl ignores `nographic = 1` while a display is enabled (" + which
                    + "); set `vnc = 0` and `sdl = 0` to run without graphics, or remove nographic", removeNographic);
        }
    }
}
