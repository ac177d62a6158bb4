package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/**
 * xm's old {@code restart} key. xend turns {@code restart = "never"} into the
 * action {@code never} for all three on_* keys, overrides each with an explicit
 * on_* key, and then refuses any {@code never} left ("Invalid event handling
 * mode"; XendConfig.py:667-681 and 467-471 at e04254f7bc). Other values are
 * logged and ignored. Before 3.0.4 (XendConfig arrived with 9caccb8f48)
 * xend read never as destroy.
 */
public final class InvalidRestartPolicy extends Rule {

    private static final String[] ACTIONS = {"on_poweroff", "on_reboot", "on_crash"};

    public InvalidRestartPolicy() {
        super(RuleInfo.of("XC705", "invalid-restart-policy", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        java.util.List<String> unset = new java.util.ArrayList<>();
        for (String key : ACTIONS) {
            var s = m.setting(key);
            if (s == null || s.mayBeUnset()) {
                unset.add("`" + key + "`");
            }
        }
        for (Value.Str restart : m.strings("restart")) {
            String v = restart.value();
            if (v.equals("never") && ctx.xenVersion().before(3, 0, 4)) {
                continue; // xend up to 3.0.3 read never as destroy (XendDomainInfo.py:365-368 at RELEASE-3.0.0)
            }
            if (v.equals("never") && !unset.isEmpty()) {
                ctx.report(restart.range(), "xm turns `restart = \"never\"` into an action named `never` for "
                        + String.join(", ", unset) + " (not set here), which it then refuses; write `on_poweroff`, "
                        + "`on_reboot` and `on_crash` (e.g. \"destroy\") instead");
            } else if (!v.equals("never") && !v.equals("always") && !v.equals("onreboot")) {
                ctx.reportMild(Severity.WARNING, restart.range(), "`" + v + "` is not a restart policy (onreboot, "
                        + "always, never); xm logs it and ignores it. Use the on_* keys instead", null);
            }
        }
    }
}
