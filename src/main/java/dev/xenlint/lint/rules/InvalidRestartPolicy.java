package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** xm's old {@code restart} key: `never` without on_* keys breaks, other values are ignored. */
public final class InvalidRestartPolicy extends Rule {

    public InvalidRestartPolicy() {
        super(RuleInfo.of("XC705", "invalid-restart-policy", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        boolean explicit = m.setting("on_poweroff") != null || m.setting("on_reboot") != null
                || m.setting("on_crash") != null;
        for (Value.Str restart : m.strings("restart")) {
            String v = restart.value();
            if (v.equals("never") && !explicit) {
                ctx.report(restart.range(), "xm turns `restart = \"never\"` into an action named `never`, which it "
                        + "then refuses; write `on_poweroff`, `on_reboot` and `on_crash` (e.g. \"destroy\") instead");
            } else if (!v.equals("never") && !v.equals("always") && !v.equals("onreboot")) {
                ctx.reportMild(Severity.WARNING, restart.range(), "`" + v + "` is not a restart policy (onreboot, "
                        + "always, never); xm logs it and ignores it. Use the on_* keys instead", null);
            }
        }
    }
}
