package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import java.util.Set;

/** A {@code vfb} item the toolstack does not know: xm refuses it, xl ignores it (and what follows an item without =). */
public final class InvalidVfbSpec extends Rule {

    private static final Set<String> XM_KEYS = Set.of("vnclisten", "vncunused", "vncdisplay", "display", "videoram",
            "xauthority", "sdl", "vnc", "vncpasswd", "opengl", "keymap", "serial", "monitor", "type");
    private static final Set<String> XL_KEYS = Set.of("vnc", "vnclisten", "vncpasswd", "vncdisplay", "vncunused",
            "keymap", "sdl", "opengl", "display", "xauthority");

    public InvalidVfbSpec() {
        super(RuleInfo.of("XC612", "invalid-vfb-spec", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        boolean xm = ctx.isXm();
        for (KeyValueSpec vfb : ctx.model().vfbs()) {
            if (vfb.stoppedAt() != null) {
                Field stop = vfb.stoppedAt();
                ctx.reportMild(Severity.WARNING, stop.range(), "`" + stop.text() + "` has no `=`; xl stops reading "
                        + "this vfb entry here, so the items after it are ignored", null);
            }
            for (KeyValueSpec.Entry e : vfb.entries().values()) {
                String key = e.key().text();
                if (!xm && !key.equals(key.strip()) && XL_KEYS.contains(key.strip())) {
                    continue; // a known option with spaces: untrimmed-device-option
                }
                if (e.value() == null) {
                    if (xm) {
                        ctx.report(e.key().range(), "`" + key + "` needs a value (`key=value`); xm refuses the vfb");
                    } else {
                        ctx.reportMild(Severity.WARNING, e.key().range(), "`" + key + "` has no `=`; xl stops reading "
                                + "this vfb entry here, so the items after it are ignored", null);
                    }
                } else if (xm && key.equals("type") && !XM_KEYS.contains(e.value().text())) {
                    // xm/create.py configure_vfbs: the legacy type=X becomes X=1, then X must be a vfb option
                    ctx.report(e.value().range(), "xm turns the legacy `type=" + e.value().text() + "` into `"
                            + e.value().text() + "=1`, which is not a vfb option (\"configuration option "
                            + e.value().text() + " unknown to vfbs\"); it refuses the domain. Use `type=vnc` or "
                            + "`type=sdl`");
                } else if (xm && !XM_KEYS.contains(key)) {
                    ctx.report(e.key().range(), "`" + key + "` is not a vfb option xm knows; it refuses the domain");
                } else if (!xm && (!XL_KEYS.contains(key))) {
                    ctx.reportMild(Severity.WARNING, e.key().range(), "`" + key + "` is not a vfb option xl knows; it "
                            + "is silently ignored" + (key.equals("type") ? " (write vnc=1 or sdl=1 instead)" : ""), null);
                }
            }
        }
    }
}
