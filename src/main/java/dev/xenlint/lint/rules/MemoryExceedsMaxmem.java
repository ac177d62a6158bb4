package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Value;

/** Initial memory above the maximum, or not positive. */
public final class MemoryExceedsMaxmem extends Rule {

    public MemoryExceedsMaxmem() {
        super(RuleInfo.of("XC301", "memory-exceeds-maxmem", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        for (Value.Int memory : m.integers("memory")) {
            if (memory.value() <= 0) {
                ctx.report(memory.range(), "`memory` must be a positive number of MiB; "
                        + (ctx.dialect() == Dialect.XM ? "xm refuses " : "xl cannot boot a guest with ") + memory.value());
                continue;
            }
            for (Value.Int maxmem : m.integers("maxmem")) {
                if (memory.value() > maxmem.value()) {
                    // xend: memory_static_min <= dynamic <= static_max or XendConfigError (XendConfig.py:445, 908-913);
                    // xl stores both (xl_parse.c:1525-1529) and libxl does not compare them
                    boolean xm = ctx.dialect() == Dialect.XM;
                    String effect = xm ? "xm refuses the domain"
                            : "xl does not refuse it, but xl.cfg(5) forbids it and the guest cannot use the memory "
                            + "above maxmem";
                    String message = "`memory` (" + memory.value() + " MiB) is larger than `maxmem` ("
                            + maxmem.value() + " MiB); " + effect + ". Raise maxmem or lower memory";
                    RelatedLocation where = new RelatedLocation(maxmem.range(), "maxmem set here");
                    if (xm) {
                        ctx.report(memory.range(), message, null, where);
                    } else {
                        ctx.reportMild(Severity.WARNING, memory.range(), message, null, where);
                    }
                }
            }
        }
    }
}
