package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Value;

/** An xm PV USB controller ({@code vusb}) with an unknown item, a version other than 1 or 2, or 1..16 ports exceeded. */
public final class InvalidVusbSpec extends Rule {

    public InvalidVusbSpec() {
        super(RuleInfo.of("XC614", "invalid-vusb-spec", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str s : ctx.model().listStrings("vusb")) {
            check(ctx, KeyValueSpec.parse(s));
        }
    }

    private static void check(RuleContext ctx, KeyValueSpec spec) {
        for (KeyValueSpec.Entry e : spec.entries().values()) {
            String key = e.key().text();
            Field value = e.value();
            if (value == null) {
                ctx.report(e.key().range(), "`" + key + "` needs a value (`key=value`); xm refuses the vusb entry");
            } else if (key.equals("usbver")) {
                if (!value.text().equals("1") && !value.text().equals("2")) {
                    ctx.report(value.range(), "`usbver` is 1 or 2; xm refuses `" + value.text() + "`");
                }
            } else if (key.equals("numports")) {
                Long n = Checks.number(Value.Str.synthetic(value.text(), value.range()));
                if (n == null || n < 1 || n > 16) {
                    ctx.report(value.range(), "`numports` is 1 to 16; xm refuses `" + value.text() + "`");
                }
            } else if (!key.startsWith("port_")) {
                ctx.report(e.key().range(), "`" + key + "` is not a vusb option (usbver, numports, port_N); xm "
                        + "refuses the entry");
            }
        }
    }
}
