package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** The VNC display given twice: in {@code vnclisten} as host:display and in {@code vncdisplay}. */
public final class VncDisplayConflict extends Rule {

    public VncDisplayConflict() {
        super(RuleInfo.of("XC407", "vnc-display-conflict", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str listen : ctx.model().strings("vnclisten")) {
            if (listen.value().indexOf(':') < 0 || listen.value().indexOf(':') != listen.value().lastIndexOf(':')) {
                continue; // no display number (an IPv6 address has several colons)
            }
            for (Value.Int display : ctx.model().integers("vncdisplay")) {
                if (display.value() != 0) {
                    ctx.report(listen.range(), "`vnclisten` already names a display after the colon and `vncdisplay` "
                            + "names another; xl refuses the domain. Give the display in one place", null,
                            new RelatedLocation(display.range(), "vncdisplay set here"));
                }
            }
        }
    }
}
