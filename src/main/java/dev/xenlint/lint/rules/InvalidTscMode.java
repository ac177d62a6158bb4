package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.List;

/** A {@code tsc_mode} or {@code timer_mode} xl refuses, including the removed native_paravirt mode. */
public final class InvalidTscMode extends Rule {

    private static final List<String> TSC = List.of("default", "always_emulate", "native", "native_paravirt");
    private static final List<String> TIMER = List.of("delay_for_missed_ticks", "no_delay_for_missed_ticks",
            "no_missed_ticks_pending", "one_missed_tick_pending");

    public InvalidTscMode() {
        super(RuleInfo.of("XC214", "invalid-tsc-mode", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        check(ctx, "tsc_mode", TSC);
        check(ctx, "timer_mode", TIMER);
    }

    private static void check(RuleContext ctx, String key, List<String> names) {
        Setting s = ctx.model().setting(key);
        if (s == null) {
            return;
        }
        for (Value v : s.candidates()) {
            int index = -1;
            Value.Int number = ctx.model().integer(v); // xl tries xlu_cfg_get_long first: "1" is 1
            if (number != null) {
                index = number.value() >= 0 && number.value() < names.size() ? (int) number.value() : -2;
            } else if (v instanceof Value.Str str) {
                // libxl_*_from_string compares with strcasecmp (libxl_utils.c)
                index = names.indexOf(str.value().toLowerCase(java.util.Locale.ROOT));
                index = index < 0 ? -2 : index;
            }
            if (index == -2) {
                ctx.report(v.range(), "`" + key + "` takes " + String.join(", ", names.subList(0,
                        key.equals("tsc_mode") ? 3 : names.size())) + "; xl refuses this value");
            } else if (key.equals("tsc_mode") && index == 3) {
                ctx.report(v.range(), "the native_paravirt TSC mode (xm's 3, pvrdtscp) was removed; the domain "
                        + "cannot be built. Use `default`");
            }
        }
    }
}
