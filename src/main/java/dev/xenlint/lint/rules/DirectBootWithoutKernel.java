package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** An HVM guest with {@code ramdisk} or {@code cmdline} but no kernel to hand them to. */
public final class DirectBootWithoutKernel extends Rule {

    public DirectBootWithoutKernel() {
        super(RuleInfo.of("XC209", "direct-boot-without-kernel", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting kernel = ctx.model().setting("kernel");
        boolean hasKernel = kernel != null && kernel.candidates().stream().anyMatch(v -> !(v instanceof Value.Str s)
                || !(s.value().equals("hvmloader") || s.value().endsWith("/hvmloader")));
        if (hasKernel) {
            return;
        }
        for (String key : new String[] {"ramdisk", "cmdline"}) {
            Setting s = ctx.model().setting(key);
            if (s != null) {
                ctx.report(Checks.keyRange(s), "`" + key + "` is for direct kernel boot, but no `kernel` is set; xl "
                        + "refuses an HVM guest with direct boot parameters and no kernel. Set `kernel` or remove `"
                        + key + "`");
            }
        }
    }
}
