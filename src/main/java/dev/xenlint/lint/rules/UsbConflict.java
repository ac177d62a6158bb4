package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/**
 * xl sets USB up either the old way ({@code usb}, {@code usbdevice}) or the
 * new way ({@code usbversion}, SPICE redirection), and refuses both at once;
 * {@code usbversion} itself takes 1 to 3.
 */
public final class UsbConflict extends Rule {

    public UsbConflict() {
        super(RuleInfo.of("XC405", "usb-conflict", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        for (Value.Int version : m.integers("usbversion")) {
            if (version.value() < 1 || version.value() > 3) {
                ctx.report(version.range(), "`usbversion` takes 1, 2 or 3; xl refuses " + version.value());
            }
        }
        for (Value.Int redirection : m.integers("spiceusbredirection")) {
            if (redirection.value() < 0 || redirection.value() > 4) {
                ctx.report(redirection.range(), "`spiceusbredirection` takes 0 to 4 channels; the device model "
                        + "refuses " + redirection.value());
            }
        }
        Setting newer = Checks.flag(m, "usbversion") == Checks.Flag.ON ? m.setting("usbversion")
                : Checks.flag(m, "spiceusbredirection") == Checks.Flag.ON ? m.setting("spiceusbredirection") : null;
        if (newer == null) {
            return;
        }
        Setting older = Checks.flag(m, "usb") == Checks.Flag.ON ? m.setting("usb") : m.setting("usbdevice");
        if (older != null) {
            ctx.report(Checks.keyRange(newer), "`" + newer.key() + "` cannot be combined with `" + older.key()
                    + "`; xl refuses the domain. Keep one way of setting up USB", null,
                    new RelatedLocation(Checks.keyRange(older), older.key() + " set here"));
        }
    }
}
