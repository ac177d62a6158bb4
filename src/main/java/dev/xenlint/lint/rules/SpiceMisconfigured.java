package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** SPICE on without a port, or with ticketing on and no password: the device model refuses it. */
public final class SpiceMisconfigured extends Rule {

    public SpiceMisconfigured() {
        super(RuleInfo.of("XC409", "spice-misconfigured", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        if (Checks.flag(m, "spice") != Checks.Flag.ON) {
            return;
        }
        var spice = Checks.keyRange(m.setting("spice"));
        // libxl_dm.c dm_spice_options: a port of 0 is the same as no port
        Checks.Flag port = Checks.flag(m, "spiceport");
        Checks.Flag tls = Checks.flag(m, "spicetls_port");
        if (port == Checks.Flag.OFF && tls == Checks.Flag.OFF) {
            boolean zero = m.setting("spiceport") != null || m.setting("spicetls_port") != null;
            ctx.report(spice, "SPICE is on but neither `spiceport` nor `spicetls_port` is " + (zero
                    ? "set to a port other than 0" : "set") + "; xl refuses the domain");
        }
        boolean ticketing = Checks.flag(m, "spicedisable_ticketing") != Checks.Flag.ON;
        boolean password = Checks.anyNonEmpty(m.strings("spicepasswd"));
        if (ticketing && !password) {
            ctx.report(spice, "SPICE ticketing is on but `spicepasswd` is " + (m.setting("spicepasswd") == null
                    ? "not set" : "empty") + "; xl refuses the domain. Set a password or "
                    + "`spicedisable_ticketing = 1`");
        }
    }
}
