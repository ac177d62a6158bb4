package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Value;
import java.util.List;

/** SPICE with ticketing (its password) turned off, listening beyond loopback: an open console. */
public final class SpiceWithoutTicketing extends Rule {

    public SpiceWithoutTicketing() {
        super(RuleInfo.of("XC410", "spice-without-ticketing", Severity.WARNING, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        ConfigModel m = ctx.model();
        if (Checks.flag(m, "spice") != Checks.Flag.ON || Checks.flag(m, "spicedisable_ticketing") != Checks.Flag.ON) {
            return;
        }
        List<Value.Str> hosts = m.strings("spicehost");
        if (m.setting("spicehost") == null) {
            Value.Int off = Checks.integer(m, "spicedisable_ticketing");
            ctx.report(off != null ? off.range() : Checks.keyRange(m.setting("spicedisable_ticketing")),
                    "SPICE without ticketing and no `spicehost`: the device model listens on every address with no "
                    + "password, so anyone who can reach this host gets the guest's console. Set "
                    + "`spicehost = \"127.0.0.1\"` and tunnel, or turn ticketing on with a `spicepasswd`");
            return;
        }
        for (Value.Str host : hosts) {
            if (!Display.isLoopback(host.value())) {
                ctx.report(host.range(), "SPICE listens on `" + host.value() + "` with ticketing off (no password): "
                        + "anyone who can reach this host gets the guest's console. Listen on 127.0.0.1 and tunnel, or "
                        + "turn ticketing on with a `spicepasswd`");
            }
        }
    }
}
