package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.Setting;

/**
 * A key only HVM guests read, on a PV or PVH guest: silently ignored. xl also
 * reads the VNC and SDL keys of a PV guest when {@code vnc = 1}, to build its
 * framebuffer.
 */
public final class HvmOptionOnPv extends Rule {

    public HvmOptionOnPv() {
        super(RuleInfo.of("XC703", "hvm-option-on-pv", Severity.WARNING, RuleInfo.BOTH, RuleInfo.NOT_HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.mayBe(GuestType.HVM)) {
            return;
        }
        String guest = ctx.model().guest().type().id().toUpperCase(java.util.Locale.ROOT);
        for (Setting s : ctx.model().settings().values()) {
            KeyCatalogue.Key key = KeyCatalogue.get().key(s.key());
            if (key == null || !key.support(ctx.dialect()).isRead()) {
                continue;
            }
            String why = null;
            if (key.guest().display()) {
                // display keys: xl reads them for a PV guest without vfb when vnc = 1 (Display)
                why = Display.readsTopLevel(ctx, s.key()) ? null : ctx.isXm() ? "" : Display.whyXlIgnores(ctx, s.key());
            } else if (key.guest().hvmOnly()) {
                why = "";
            }
            if (why == null) {
                continue;
            }
            ctx.report(Checks.keyRange(s), why.isEmpty() ? "`" + s.key() + "` applies to HVM guests only; this is a "
                    + guest + " guest (" + ctx.model().guest().reason() + "), so " + ctx.dialect().id()
                    + " ignores it" : why);
        }
    }
}
