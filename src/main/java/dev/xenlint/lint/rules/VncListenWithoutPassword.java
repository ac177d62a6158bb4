package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Field;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Value;

/**
 * VNC listening on an address other than loopback with no password: anyone
 * who can reach the host gets the guest's console.
 */
public final class VncListenWithoutPassword extends Rule {

    public VncListenWithoutPassword() {
        super(RuleInfo.of("XC403", "vnc-listen-without-password", Severity.WARNING, RuleInfo.BOTH,
                RuleInfo.ANY_GUEST, RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        ConfigModel m = ctx.model();
        boolean vncOn = Checks.flag(m, "vnc") == Checks.Flag.ON
                || ctx.dialect() == Dialect.XL && ctx.mayBe(GuestType.HVM) && m.setting("vnc") == null;
        if (vncOn) {
            boolean hasPassword = m.strings("vncpasswd").stream().anyMatch(p -> !p.value().isEmpty());
            for (Value.Str listen : m.strings("vnclisten")) {
                if (!isLoopback(listen.value()) && !hasPassword) {
                    report(ctx, listen.range(), listen.value(), m.setting("vncpasswd") != null);
                }
            }
        }
        // vfb entries carry their own vnc, vnclisten and vncpasswd
        for (KeyValueSpec entry : m.vfbs()) {
            Field listen = entry.get("vnclisten");
            Field password = entry.get("vncpasswd");
            Field vnc = entry.get("vnc");
            boolean on = vnc == null ? ctx.dialect() == Dialect.XL : !vnc.text().equals("0");
            if (on && listen != null && !isLoopback(listen.text()) && (password == null || password.text().isEmpty())) {
                report(ctx, listen.range(), listen.text(), password != null);
            }
        }
    }

    private static void report(RuleContext ctx, dev.xenlint.text.TextRange at, String address, boolean empty) {
        ctx.report(at, "VNC listens on " + (address.isEmpty() ? "every address" : "`" + address + "`") + " with "
                + (empty ? "an empty" : "no") + " password: anyone who can reach this host gets the guest's console. "
                + "Set `vncpasswd`, or listen on 127.0.0.1 and tunnel");
    }

    static boolean isLoopback(String address) {
        String a = address.trim();
        int colon = a.lastIndexOf(':');
        if (colon > 0 && a.indexOf(':') == colon) {
            a = a.substring(0, colon); // host:display
        }
        return a.startsWith("127.") || a.equals("localhost") || a.equals("::1") || a.equals("[::1]");
    }
}
