package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Field;

/** A {@code usbdevice} the device model does not understand; it refuses to start. */
public final class InvalidUsbdevice extends Rule {

    public InvalidUsbdevice() {
        super(RuleInfo.of("XC404", "invalid-usbdevice", Severity.ERROR, RuleInfo.BOTH, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Field device : ctx.model().usbdevices()) {
            String problem = problem(device.text(), ctx.dialect());
            if (problem != null) {
                ctx.report(device.range(), "`" + device.text() + "` " + problem + "; the device model refuses to "
                        + "start. Use `tablet`, `mouse`, `host:BUS.ADDR` or `host:VENDOR:PRODUCT`");
            }
        }
    }

    private static String problem(String v, Dialect dialect) {
        if (v.equals("tablet") || v.equals("mouse") || v.equals("keyboard")) {
            return null;
        }
        if (v.startsWith("disk:")) {
            return dialect == Dialect.XM && v.length() > 5 ? null : "is not a USB device xl's device model knows";
        }
        if (!v.startsWith("host:")) {
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
