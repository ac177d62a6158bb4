package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** More vCPUs online at start than the maximum: xl refuses the domain. */
public final class VcpusExceedMaxvcpus extends Rule {

    public VcpusExceedMaxvcpus() {
        super(RuleInfo.of("XC302", "vcpus-exceed-maxvcpus", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Int vcpus : ctx.model().integers("vcpus")) {
            for (Value.Int max : ctx.model().integers("maxvcpus")) {
                if (vcpus.value() > max.value()) {
                    ctx.report(vcpus.range(), "`vcpus` (" + vcpus.value() + ") is larger than `maxvcpus` ("
                            + max.value() + "); xl refuses the domain. Raise maxvcpus or lower vcpus", null,
                            new RelatedLocation(max.range(), "maxvcpus set here"));
                }
            }
        }
    }
}
