package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;

/**
 * A vif MAC address the toolstack cannot read, or a multicast one. Each
 * toolstack reads the text its own way: xl with {@code strtoul(..., 16)} per
 * octet (tools/xl/xl_parse.c:436-445), xm's qemu-dm with {@code strtol} and
 * colons (tools/ioemu/vl.c parse_macaddr at 530f24f8b1); xm itself checks nothing.
 */
public final class InvalidMac extends Rule {

    public InvalidMac() {
        super(RuleInfo.of("XC601", "invalid-mac", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        for (KeyValueSpec vif : ctx.model().vifs()) {
            Field mac = vif.get("mac");
            if (mac == null) {
                continue;
            }
            int[] octets = ctx.isXm() ? parseQemu(mac.text()) : parseXl(mac.text());
            if (octets == null) {
                if (ctx.isXm()) {
                    Field type = vif.get("type");
                    boolean emulated = type == null || type.text().equals("ioemu");
                    if (emulated && ctx.model().guest().type() == GuestType.HVM) {
                        ctx.report(mac.range(), "`" + mac.text() + "` is not a MAC address qemu-dm can read (six hex "
                                + "octets separated by colons); xm passes it on unchecked and the device model exits "
                                + "with \"invalid syntax for ethernet address\", so the guest does not start");
                    } else {
                        ctx.reportMild(Severity.WARNING, mac.range(), "`" + mac.text() + "` is not a MAC address "
                                + "(six hex octets separated by colons); xm does not check it and hands the text to "
                                + "the guest's network driver as it is", null);
                    }
                } else {
                    ctx.reportMild(Severity.WARNING, mac.range(), "`" + mac.text() + "` is not a MAC address xl can "
                            + "read (six hex numbers up to ff, each followed by one separator); xl prints \"Invalid "
                            + "parameter `mac'\" and creates the interface with an address you did not choose", null);
                }
            } else if ((octets[0] & 1) != 0) {
                ctx.reportMild(Severity.WARNING, mac.range(), "`" + mac.text() + "` is a multicast address (the "
                        + "lowest bit of the first octet is set), which a network card cannot have; neither "
                        + "toolstack refuses it, but the guest's network misbehaves. Use 00:16:3e:xx:xx:xx, Xen's prefix",
                        null);
            }
        }
    }

    /**
     * The octets as xl reads them: six times {@code strtoul(p, &end, 16)}
     * (leading blanks, a sign and {@code 0x} allowed), each at most 255 and
     * followed by any one character, which is skipped; what follows the sixth
     * is ignored. Null when xl refuses it.
     */
    static int[] parseXl(String mac) {
        int[] octets = new int[6];
        int p = 0;
        for (int i = 0; i < 6; i++) {
            if (p > mac.length()) {
                return null;
            }
            long[] r = strtoul16(mac, p);
            if (r == null || r[0] > 255) {
                return null;
            }
            octets[i] = (int) r[0];
            p = (int) r[1] + 1;
        }
        return octets;
    }

    /** {@code strtoul(text + from, &end, 16)}: {value, end}, or null when no digit is read. */
    private static long[] strtoul16(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) >= '\t' && text.charAt(i) <= '\r')) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (i + 2 < n && text.charAt(i) == '0' && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')
                && hex(text.charAt(i + 2)) >= 0) {
            i += 2;
        }
        int start = i;
        long value = 0;
        while (i < n && hex(text.charAt(i)) >= 0) {
            value = Math.min(value * 16 + hex(text.charAt(i)), 1L << 40);
            i++;
        }
        if (i == start) {
            return null;
        }
        // a negative number wraps around to a huge unsigned one
        return new long[] {negative && value != 0 ? Long.MAX_VALUE : value, i};
    }

    /**
     * The octets as xm's qemu-dm reads them: six {@code strtol(p, &p, 16)},
     * each followed by a colon, the last by the end of the text (each octet is
     * cut to 8 bits). Null when qemu-dm refuses it.
     */
    static int[] parseQemu(String mac) {
        int[] octets = new int[6];
        int p = 0;
        for (int i = 0; i < 6; i++) {
            long[] r = strtoul16(mac, p);
            long value = r == null ? 0 : r[0];
            int end = r == null ? p : (int) r[1];
            octets[i] = (int) (value & 0xff);
            if (i == 5) {
                if (end != mac.length()) {
                    return null;
                }
            } else if (end >= mac.length() || mac.charAt(end) != ':') {
                return null;
            } else {
                p = end + 1;
            }
        }
        return octets;
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
