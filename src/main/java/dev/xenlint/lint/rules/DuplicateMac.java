package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Two network interfaces of one guest with one MAC address. xend refuses a
 * second vif whose {@code mac} text equals an earlier one without regard to
 * case (tools/python/xen/xend/XendConfig.py:1302-1309 at e04254f7bc); xl and
 * libxl compare nothing, so there the two cards only clash when they share a
 * bridge (libxl's default bridge is xenbr0).
 */
public final class DuplicateMac extends Rule {

    public DuplicateMac() {
        super(RuleInfo.of("XC602", "duplicate-mac", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, KeyValueSpec> seen = new HashMap<>();
        for (KeyValueSpec vif : ctx.model().vifs()) {
            Field mac = vif.get("mac");
            if (mac == null) {
                continue;
            }
            String key;
            if (ctx.isXm()) {
                key = mac.text().toLowerCase(Locale.ROOT);
            } else {
                int[] octets = InvalidMac.parseXl(mac.text());
                if (octets == null) {
                    continue;
                }
                Field bridge = vif.get("bridge");
                key = Arrays.toString(octets) + " " + (bridge == null ? "xenbr0" : bridge.text());
            }
            KeyValueSpec first = seen.putIfAbsent(key, vif);
            if (first == null) {
                continue;
            }
            RelatedLocation where = new RelatedLocation(first.get("mac").range(), "first used here");
            if (ctx.isXm()) {
                ctx.report(mac.range(), "MAC `" + mac.text() + "` is used by another vif of this guest; xm refuses "
                        + "the domain (\"The mac ... is already defined\"). Give each vif its own address", null, where);
            } else {
                ctx.reportMild(Severity.WARNING, mac.range(), "MAC `" + mac.text() + "` is used by another vif of "
                        + "this guest on the same bridge; xl does not compare them and both interfaces come up, then "
                        + "clash on the network. Give each vif its own address", null, where);
            }
        }
    }
}
