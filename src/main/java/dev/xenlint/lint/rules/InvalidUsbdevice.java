package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.XenVersion;

/**
 * A {@code usbdevice} the device model does not understand. xl's QEMU refuses
 * to start; xm's qemu-dm only warns ("could not add USB device") and starts the
 * guest without it (tools/ioemu/vl.c:4251-4275 and 7921-7925 at 19dc3860dc^).
 */
public final class InvalidUsbdevice extends Rule {

    public InvalidUsbdevice() {
        super(RuleInfo.of("XC404", "invalid-usbdevice", Severity.ERROR, RuleInfo.BOTH, RuleInfo.HVM,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Field device : ctx.model().usbdevices()) {
            if (ctx.isXm()) {
                String known = xmKnows(device.text(), ctx.xenVersion());
                if (known != null) {
                    ctx.reportMild(Severity.WARNING, device.range(), "xm's qemu-dm does not know the USB device `"
                            + device.text() + "`: it prints \"could not add USB device\" and starts the guest "
                            + "without it. It knows " + known, null);
                }
                continue;
            }
            String problem = problem(device.text());
            if (problem != null) {
                ctx.report(device.range(), "`" + device.text() + "` " + problem + "; the device model refuses to "
                        + "start. Use `tablet`, `mouse`, `host:BUS.ADDR` or `host:VENDOR:PRODUCT`");
            }
        }
    }

    /**
     * Null when xm's qemu-dm adds the device, else the forms it knows:
     * {@code usb_device_add} matches host:, mouse, tablet, disk: and, from 3.3
     * (commit 8da3809869, 2008-06-18), disk-qcow:; a host device is found by
     * bus.addr or vendor:product.
     */
    private static String xmKnows(String v, XenVersion version) {
        boolean qcow = version.atLeast(3, 3);
        String known = "`tablet`, `mouse`, `host:BUS.ADDR`, `host:VENDOR:PRODUCT` and `disk:FILE`"
                + (qcow ? " (`disk-qcow:FILE` for a qcow image)" : "");
        if (v.equals("tablet") || v.equals("mouse")) {
            return null;
        }
        if (v.startsWith("disk:") && v.length() > 5 || qcow && v.startsWith("disk-qcow:") && v.length() > 10) {
            return null;
        }
        if (v.startsWith("host:") && (v.indexOf('.') > 5 || v.indexOf(':', 5) > 5)) {
            return null;
        }
        return known;
    }

    private static String problem(String v) {
        if (v.equals("tablet") || v.equals("mouse") || v.equals("keyboard")) {
            return null;
        }
        if (v.startsWith("disk:")) {
            return "is not a USB device xl's device model knows";
        }        if (!v.startsWith("host:")) {
            return "is not a USB device";
        }
        String rest = v.substring(5);
        int dot = rest.indexOf('.');
        int colon = rest.indexOf(':');
        if (dot > 0 && colon < 0) {
            return hex(rest.substring(0, dot), 3, false) && hex(rest.substring(dot + 1), 3, false) ? null
                    : "is not `host:BUS.ADDR` with decimal bus and address";
        }
        if (colon > 0 && dot < 0) {
            return hex(rest.substring(0, colon), 4, true) && hex(rest.substring(colon + 1), 4, true) ? null
                    : "is not `host:VENDOR:PRODUCT` with four hex digits each";
        }
        return "is not `host:BUS.ADDR` or `host:VENDOR:PRODUCT`";
    }

    private static boolean hex(String s, int max, boolean hexDigits) {
        if (s.isEmpty() || s.length() > max) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (hexDigits ? Character.digit(c, 16) < 0 : !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
