package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/**
 * I/O ports, I/O memory or IRQs given to the guest in a form the toolstack
 * cannot read: xm's ioports must not carry {@code 0x}; xl wants hex ports and
 * ranges, {@code START,PAGES[@GFN]} for iomem and numbers for irqs.
 */
public final class InvalidIoResource extends Rule {

    public InvalidIoResource() {
        super(RuleInfo.of("XC611", "invalid-io-resource", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str s : items(ctx, "ioports")) {
            String v = s.value();
            if (ctx.isXm() && v.toLowerCase(java.util.Locale.ROOT).contains("0x")) {
                ctx.report(s.range(), "xm adds `0x` to ioports itself, so `" + v + "` becomes unreadable and the "
                        + "domain is refused; write the hex digits without `0x`");
                continue;
            }
            int dash = v.indexOf('-');
            long from = hex(dash < 0 ? v : v.substring(0, dash));
            long to = dash < 0 ? from : hex(v.substring(dash + 1));
            if (from < 0 || to < 0) {
                ctx.report(s.range(), "`" + v + "` is not a hex port or range of ports such as `3f8-3ff`");
            } else if (to < from) {
                ctx.report(s.range(), "the port range `" + v + "` ends before it starts; the domain is refused");
            } else if (ctx.isXm() && to >= 0x10000) {
                // server/iopif.py:83-85 at e04254f7bc
                ctx.report(s.range(), "I/O ports end at ffff; xm refuses `" + v + "` (\"Invalid i/o range\")");
            }
        }
        if (ctx.isXm()) {
            checkXmIrqs(ctx);
            return;
        }
        for (Value.Str s : items(ctx, "iomem")) {
            Field f = Field.of(s);
            String v = s.value();
            int at = v.indexOf('@');
            String main = at < 0 ? v : v.substring(0, at);
            int comma = main.indexOf(',');
            boolean ok = comma > 0 && hex(main.substring(0, comma)) >= 0 && hex(main.substring(comma + 1)) >= 0
                    && (at < 0 || hex(v.substring(at + 1)) >= 0);
            if (!ok) {
                ctx.report(f.range(), "`" + v + "` is not `START,PAGES[@GFN]` in hex; xl refuses the domain");
            }
        }
        Setting irqs = ctx.model().setting("irqs");
        if (irqs != null) {
            for (Value v : irqs.candidates()) {
                if (v instanceof Value.ListValue list) {
                    for (Value irq : list.items()) {
                        // xl reads each item's text with strtoul(text, &end, 10) and wants all of it
                        // (tools/xl/xl_parse.c:2262-2276): 0x5 is refused, 010 is 10
                        String text = irq instanceof Value.Str str ? str.value()
                                : irq instanceof Value.Int ? ctx.source().slice(irq.range()) : null;
                        if (text == null) {
                            continue;
                        }
                        String problem = xlIrqProblem(text);
                        if (problem != null) {
                            ctx.report(irq.range(), "`" + text + "` " + problem + "; xl refuses the domain (\"Invalid "
                                    + "argument parsing irq\")");
                        }
                    }
                }
            }
        }
    }

    /** Why xl's {@code strtoul(text, &end, 10)} with nothing left over refuses an IRQ, or null. */
    static String xlIrqProblem(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) >= '\t' && text.charAt(i) <= '\r')) {
            i++;
        }
        boolean negative = i < text.length() && text.charAt(i) == '-';
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int start = i;
        long value = 0;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = Math.min(value * 10 + (text.charAt(i) - '0'), 1L << 40);
            i++;
        }
        if (i == start || i != text.length()) {
            return "is not a decimal number (xl reads IRQs in base 10 only)";
        }
        if (negative && value != 0 || value >= 0xffffffffL) {
            return "is too big for an IRQ";
        }
        return null;
    }

    /**
     * xm's {@code irq}: create.py keeps each entry's {@code repr()}
     * (tools/python/xen/xm/create.py:1250-1256 at e04254f7bc), so a quoted
     * {@code '7'} reaches irqif.py as the text {@code "'7'"}, which {@code int()}
     * refuses (server/irqif.py:58-71).
     */
    private static void checkXmIrqs(RuleContext ctx) {
        Setting irq = ctx.model().setting("irq");
        if (irq == null) {
            return;
        }
        for (Value v : irq.candidates()) {
            java.util.List<Value> entries = v instanceof Value.ListValue list ? list.items() : java.util.List.of(v);
            for (Value e : entries) {
                if (e instanceof Value.Str s) {
                    ctx.report(s.range(), "xm keeps a quoted IRQ with its quotes (`repr`), and then cannot read "
                            + "`'" + s.value() + "'` as a number: the domain is refused. Write the IRQ without quotes");
                }
            }
        }
    }

    /** The key's entries, whether written as one string or a list. */
    private static java.util.List<Value.Str> items(RuleContext ctx, String key) {
        java.util.List<Value.Str> out = new java.util.ArrayList<>(ctx.model().strings(key));
        out.addAll(ctx.model().listStrings(key));
        return out;
    }

    private static long hex(String s) {
        String t = s.strip();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            t = t.substring(2);
        }
        if (t.isEmpty() || t.length() > 12) {
            return -1;
        }
        long v = 0;
        for (char c : t.toCharArray()) {
            int d = Character.digit(c, 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
