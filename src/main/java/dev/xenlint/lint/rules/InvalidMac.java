package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;

/** A vif MAC address that is malformed or multicast. */
public final class InvalidMac extends Rule {

    public InvalidMac() {
        super(RuleInfo.of("XC601", "invalid-mac", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (KeyValueSpec vif : ctx.model().vifs()) {
            Field mac = vif.get("mac");
            if (mac == null) {
                continue;
            }
            int[] octets = parse(mac.text());
            if (octets == null) {
                ctx.report(mac.range(), "`" + mac.text() + "` is not a MAC address; write six two-digit hex octets "
                        + "separated by colons, e.g. 00:16:3e:12:34:56");
            } else if ((octets[0] & 1) != 0) {
                ctx.report(mac.range(), "`" + mac.text() + "` is a multicast address (the lowest bit of the first "
                        + "octet is set), which a network card cannot have; use 00:16:3e:xx:xx:xx, Xen's prefix");
            }
        }
    }

    /** The six octets of {@code aa:bb:cc:dd:ee:ff} (any one separator), or null. */
    static int[] parse(String mac) {
        if (mac.length() != 17) {
            return null;
        }
        char separator = mac.charAt(2);
        int[] octets = new int[6];
        for (int i = 0; i < 6; i++) {
            int hi = Character.digit(mac.charAt(i * 3), 16);
            int lo = Character.digit(mac.charAt(i * 3 + 1), 16);
            if (hi < 0 || lo < 0 || i < 5 && mac.charAt(i * 3 + 2) != separator) {
                return null;
            }
            octets[i] = hi * 16 + lo;
        }
        return Character.digit(separator, 16) >= 0 ? null : octets;
    }
}
