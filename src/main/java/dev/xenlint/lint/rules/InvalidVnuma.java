package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** A virtual NUMA layout xl refuses: on a PV guest, or not adding up to the guest's memory and vCPUs. */
public final class InvalidVnuma extends Rule {

    public InvalidVnuma() {
        super(RuleInfo.of("XC308", "invalid-vnuma", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        Setting vnuma = m.setting("vnuma");
        if (vnuma == null || vnuma.candidates().size() != 1
                || !(vnuma.candidates().get(0) instanceof Value.ListValue nodes)) {
            return;
        }
        if (!ctx.mayBe(GuestType.HVM) && !ctx.mayBe(GuestType.PVH)) {
            ctx.report(Checks.keyRange(vnuma), "virtual NUMA needs an HVM or PVH guest; xl refuses it on a PV guest");
            return;
        }
        long size = 0;
        long vcpus = 0;
        for (Value node : nodes.items()) {
            if (!(node instanceof Value.ListValue fields)) {
                return;
            }
            for (Value f : fields.items()) {
                if (!(f instanceof Value.Str s)) {
                    return;
                }
                String text = s.value();
                if (text.startsWith("size=")) {
                    Long n = Checks.decimal(text.substring(5));
                    if (n == null) {
                        return;
                    }
                    size += n;
                } else if (text.startsWith("vcpus=")) {
                    long count = countCpus(Field.of(s).sub(6, text.length()));
                    if (count < 0) {
                        return;
                    }
                    vcpus += count;
                }
            }
        }
        Value.Int memory = Checks.integer(m, "memory");
        Value.Int maxmem = Checks.integer(m, "maxmem");
        Value.Int total = maxmem != null ? maxmem : memory;
        if (memory != null && maxmem != null && maxmem.value() > memory.value()) {
            ctx.report(maxmem.range(), "virtual NUMA cannot be combined with `maxmem` above `memory`; xl refuses "
                    + "the domain");
        } else if (total != null && size != total.value()) {
            ctx.report(nodes.range(), "the vnuma node sizes add up to " + size + " MiB but the guest has "
                    + total.value() + " MiB; xl refuses the domain");
        }
        Value.Int maxvcpus = Checks.integer(m, "maxvcpus");
        Value.Int count = maxvcpus != null ? maxvcpus : Checks.integer(m, "vcpus");
        if (count != null && vcpus != count.value()) {
            ctx.report(nodes.range(), "the vnuma nodes hold " + vcpus + " vCPUs but the guest has " + count.value()
                    + "; xl refuses the domain");
        }
    }

    /** Number of CPUs in "0-3,5", or -1 if it cannot be read. */
    private static long countCpus(Field list) {
        long n = 0;
        for (Field item : list.split(',')) {
            String t = item.text();
            int dash = t.indexOf('-');
            try {
                long from = Long.parseLong(dash < 0 ? t : t.substring(0, dash));
                long to = Long.parseLong(dash < 0 ? t : t.substring(dash + 1));
                if (to < from) {
                    return -1;
                }
                n += to - from + 1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return n;
    }
}
