package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.DiskSpec;

/** A guest device name the toolstack cannot map to a disk number. */
public final class InvalidVdev extends Rule {

    public InvalidVdev() {
        super(RuleInfo.of("XC506", "invalid-vdev", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (DiskSpec d : ctx.model().disks()) {
            if (d.vdev() == null || d.vdev().isEmpty()) {
                continue;
            }
            String v = d.vdev().text();
            if (ctx.dialect() == Dialect.XL) {
                if (!validXl(v)) {
                    ctx.report(d.vdev().range(), "`" + v + "` is not a virtual disk xl knows; use xvdN (e.g. xvda, "
                            + "xvdb1), hda-hdd, sda-sdp or dNpM" + (v.startsWith("/dev/") ? ", without /dev/" : ""));
                }
            } else if (!validXm(v.startsWith("/dev/") ? v.substring(5) : v)) {
                ctx.report(d.vdev().range(), "`" + v + "` is not a device xm can number (\"Unable to find number for "
                        + "device\"); use hda-hdt, sda-sdz, xvda-xvdp or a number");
            }
        }
    }

    static boolean validXl(String v) {
        if (isNumber(v)) {
            return true;
        }
        if (v.startsWith("xvd")) {
            int i = 3;
            while (i < v.length() && v.charAt(i) >= 'a' && v.charAt(i) <= 'z') {
                i++;
            }
            return i > 3 && partition(v.substring(i), 255);
        }
        if (v.startsWith("hd") && v.length() >= 3) {
            return v.charAt(2) >= 'a' && v.charAt(2) <= 'd' && partition(v.substring(3), 63);
        }
        if (v.startsWith("sd") && v.length() >= 3) {
            return v.charAt(2) >= 'a' && v.charAt(2) <= 'p' && partition(v.substring(3), 15);
        }
        if (v.startsWith("d") && v.length() > 1) {
            int p = v.indexOf('p');
            String disk = p < 0 ? v.substring(1) : v.substring(1, p);
            return isNumber(disk) && (p < 0 || partition(v.substring(p + 1), 255) && p + 1 < v.length());
        }
        return false;
    }

    static boolean validXm(String v) {
        if (isNumber(v) || v.startsWith("0x") && v.length() > 2 && Checks.hexDigits(v.substring(2))) {
            return true;
        }
        if (v.startsWith("hd") && v.length() >= 3) {
            return v.charAt(2) >= 'a' && v.charAt(2) <= 't' && partition(v.substring(3), 63);
        }
        if (v.startsWith("sd") && v.length() >= 3) {
            int letters = v.length() >= 4 && Character.isLowerCase(v.charAt(3)) ? 2 : 1;
            boolean ok = letters == 1 ? v.charAt(2) >= 'a' && v.charAt(2) <= 'z'
                    : v.charAt(2) >= 'a' && v.charAt(2) <= 'i' && v.charAt(3) >= 'a' && v.charAt(3) <= 'z';
            return ok && partition(v.substring(2 + letters), 15);
        }
        if (v.startsWith("xvd") && v.length() >= 4) {
            int letters = v.length() >= 5 && Character.isLowerCase(v.charAt(4)) ? 2 : 1;
            boolean ok = letters == 1 ? v.charAt(3) >= 'a' && v.charAt(3) <= 'z'
                    : v.charAt(3) >= 'a' && v.charAt(3) <= 'i' && v.charAt(4) >= 'a' && v.charAt(4) <= 'z';
            return ok && partition(v.substring(3 + letters), 15);
        }
        return false;
    }

    /** An optional partition number from 1 to max, without a leading zero. */
    private static boolean partition(String p, int max) {
        if (p.isEmpty()) {
            return true;
        }
        return isNumber(p) && p.charAt(0) != '0' && p.length() < 5 && Integer.parseInt(p) <= max;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 10 && Checks.digits(s);
    }
}
