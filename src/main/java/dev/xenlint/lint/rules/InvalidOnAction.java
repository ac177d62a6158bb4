package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;
import java.util.List;
import java.util.Set;

/** What to do when the guest powers off, reboots or crashes, spelled in a way the toolstack refuses. */
public final class InvalidOnAction extends Rule {

    private static final Set<String> XM_ACTIONS = Set.of("destroy", "restart", "preserve", "rename-restart",
            "coredump-destroy", "coredump-restart");
    private static final Set<String> XL_ACTIONS = Set.of("destroy", "restart", "preserve", "rename-restart",
            "coredump-destroy", "coredump-restart", "soft-reset");

    public InvalidOnAction() {
        super(RuleInfo.of("XC702", "invalid-on-action", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        List<String> keys = ctx.isXm() ? List.of("on_poweroff", "on_reboot", "on_crash")
                : List.of("on_poweroff", "on_reboot", "on_crash", "on_watchdog", "on_soft_reset");
        Set<String> actions = ctx.isXm() ? XM_ACTIONS : XL_ACTIONS;
        for (String key : keys) {
            for (Value.Str v : ctx.model().strings(key)) {
                if (!actions.contains(v.value())) {
                    String hint = v.value().equals("soft-reset") ? " (soft-reset is xl-only)" : "";
                    ctx.report(v.range(), "`" + v.value() + "` is not an action for `" + key + "`" + hint + "; "
                            + ctx.dialect().id() + " refuses the domain. Use destroy, restart, preserve, "
                            + "rename-restart, coredump-destroy or coredump-restart");
                }
            }
        }
    }
}
