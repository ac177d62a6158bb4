package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Numbers;
import dev.xenlint.model.Value;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;

/**
 * An xm PV USB controller ({@code vusb}) entry as create.py's
 * {@code configure_vusbs} reads it (tools/python/xen/xm/create.py:886-915 and
 * {@code comma_sep_kv_to_dict}, 1341-1356, at e04254f7bc): an item without
 * {@code =}, a {@code usbver} other than 1 or 2 or a {@code numports} outside 1..16
 * ({@code int()} of the stripped text) are refused; other keys, and
 * {@code port_N} beyond {@code numports}, are dropped without a word.
 */
public final class InvalidVusbSpec extends Rule {

    public InvalidVusbSpec() {
        super(RuleInfo.of("XC614", "invalid-vusb-spec", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str s : ctx.model().listStrings("vusb")) {
            check(ctx, KeyValueSpec.parse(s));
        }
    }

    private static void check(RuleContext ctx, KeyValueSpec spec) {
        long numports = 8;
        KeyValueSpec.Entry ports = spec.entries().get("numports");
        if (ports != null && ports.value() != null) {
            Long n = Numbers.python(ports.value().text());
            if (n != null) {
                numports = n;
            }
        }
        for (KeyValueSpec.Entry e : spec.entries().values()) {
            String key = e.key().text();
            Field value = e.value();
            if (value == null) {
                ctx.report(e.key().range(), "`" + key + "` needs a value (`key=value`); xm refuses the vusb entry");
            } else if (key.equals("usbver")) {
                Long v = Numbers.python(value.text());
                if (v == null || v != 1 && v != 2) {
                    ctx.report(value.range(), "`usbver` is 1 or 2; xm refuses `" + value.text() + "`");
                }
            } else if (key.equals("numports")) {
                Long n = Numbers.python(value.text());
                if (n == null || n < 1 || n > 16) {
                    ctx.report(value.range(), "`numports` is 1 to 16; xm refuses `" + value.text() + "`");
                }
            } else if (key.startsWith("port_") && portNumber(key) > 0) {
                if (portNumber(key) > numports) {
                    ctx.reportMild(Severity.WARNING, e.key().range(), "`" + key + "` is beyond the controller's "
                            + numports + " ports (`numports`" + (ports == null ? ", 8 by default" : "")
                            + "); xm drops it without a word", null);
                }
            } else {
                ctx.reportMild(Severity.WARNING, e.key().range(), "`" + key + "` is not a vusb option (usbver, "
                        + "numports, port_N); xm ignores it", null);
            }
        }
    }

    /** N of {@code port_N} as xm spells it ({@code '%i' % i}: no leading zeros), or -1. */
    private static long portNumber(String key) {
        String n = key.substring("port_".length());
        if (n.isEmpty() || n.length() > 3 || n.charAt(0) == '0' || !Checks.asciiDigits(n)) {
            return -1;
        }
        return Long.parseLong(n);
    }
}
