package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** xl file with {@code kernel = ".../hvmloader"} and neither {@code type} nor {@code builder}: a PV guest. */
public final class HvmloaderAsPvKernel extends Rule {

    public HvmloaderAsPvKernel() {
        super(RuleInfo.of("XC218", "hvmloader-as-pv-kernel", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.model().setting("type") != null || ctx.model().setting("builder") != null) {
            return; // with a type, hvmloader-kernel (HVM) or the PV checks apply
        }
        Setting kernel = ctx.model().setting("kernel");
        if (kernel == null) {
            return;
        }
        for (Value.Str k : kernel.strings()) {
            String base = k.value().substring(k.value().lastIndexOf('/') + 1);
            if (!base.equals("hvmloader")) {
                continue;
            }
            Assignment a = kernel.last();
            boolean alone = kernel.assignments().size() == 1 && !a.isConditional();
            // xl reads `type` from 4.10 (c7dfe4ac58); before it `builder = "hvm"` is how to ask for HVM
            String hvm = ctx.xenVersion().atLeast(4, 10) ? "type = \"hvm\"" : "builder = \"hvm\"";
            String message = "`kernel` names hvmloader but the file sets no `type`, so xl builds a PV guest and tries "
                    + "to boot hvmloader as its PV kernel, which fails; xm files said `builder = 'hvm'`, xl "
                    + (ctx.xenVersion().atLeast(4, 10) ? "says" : ctx.xenVersion() + " says") + " `" + hvm
                    + "` (and needs no kernel for HVM)";
            if (alone) {
                ctx.report(k.range(), message, RuleContext.replace("replace the kernel line with " + hvm,
                        a.statement(), hvm, Fix.Applicability.UNSAFE));
            } else {
                ctx.report(k.range(), message);
            }
        }
    }
}
