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
        if (vncOn && Display.readsTopLevel(ctx, "vnclisten")) {
            boolean hasPassword = Checks.anyNonEmpty(m.strings("vncpasswd"));
            for (Value.Str listen : m.strings("vnclisten")) {
                if (!Display.isLoopback(listen.value()) && !hasPassword) {
                    report(ctx, listen.range(), listen.value(), m.setting("vncpasswd") != null);
                }
            }
        }
        // the first vfb entry carries its own vnc, vnclisten and vncpasswd
        KeyValueSpec entry = Display.vfb(ctx);
        if (entry != null && Display.vncOn(ctx, entry)) {
            Field listen = entry.get("vnclisten");
            Field password = entry.get("vncpasswd");
            if (listen != null && !Display.isLoopback(listen.text()) && (password == null || password.text().isEmpty())) {
                report(ctx, listen.range(), listen.text(), password != null);
            }
        }
    }

    private static void report(RuleContext ctx, dev.xenlint.text.TextRange at, String address, boolean empty) {
        ctx.report(at, "VNC listens on " + (address.isEmpty() ? "every address" : "`" + address + "`") + " with "
                + (empty ? "an empty" : "no") + " password: anyone who can reach this host gets the guest's console. "
                + "Set `vncpasswd`, or listen on 127.0.0.1 and tunnel");
    }
}
