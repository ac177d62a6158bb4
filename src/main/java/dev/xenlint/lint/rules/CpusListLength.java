package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** xm wants one {@code cpus} list entry per vCPU; a different count is refused. */
public final class CpusListLength extends Rule {

    public CpusListLength() {
        super(RuleInfo.of("XC304", "cpus-list-length", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        Value.Int count = Checks.integer(m, m.setting("maxvcpus") != null ? "maxvcpus" : "vcpus");
        long vcpus = count == null ? (m.setting("vcpus") == null && m.setting("maxvcpus") == null ? 1 : -1)
                : count.value();
        if (vcpus < 0 || m.setting("cpus") == null) {
            return;
        }
        for (Value v : m.setting("cpus").candidates()) {
            if (v instanceof Value.ListValue list && list.items().size() != vcpus) {
                ctx.report(list.range(), "a `cpus` list needs one entry per vCPU: " + vcpus + " here, not "
                        + list.items().size() + "; xm refuses the domain. Use a string such as \"0-3\" to pin all "
                        + "vCPUs alike");
            }
        }
    }
}
