package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/**
 * xl's {@code mca_caps} (from Xen 4.10): a list whose every item is the string
 * {@code lmce}, though the manual lists more; anything else stops xl
 * (tools/xl/xl_parse.c:2089-2111 at c447b7308b).
 */
public final class InvalidMcaCaps extends Rule {

    public InvalidMcaCaps() {
        super(RuleInfo.of("XC708", "invalid-mca-caps", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting caps = ctx.model().setting("mca_caps");
        if (caps == null || ctx.xenVersion().before(4, 10)) {
            return; // added in 4.10 (4e731e9707)
        }
        for (Value v : caps.candidates()) {
            if (!(v instanceof Value.ListValue list)) {
                // a quoted string is reported by invalid-value-type, with a fix; a bare number is a string to xl too
                if (v instanceof Value.Int) {
                    ctx.report(v.range(), "`mca_caps` takes a list; xl refuses a single value (\"unable to parse "
                            + "mca_caps\") and creates no domain. Write `[ \"lmce\" ]`");
                }
                continue;
            }
            for (Value item : list.items()) {
                if (item instanceof Value.Str s) {
                    if (!s.value().equals("lmce")) {
                        ctx.report(s.range(), "xl accepts only `lmce` in `mca_caps` and refuses `" + s.value() + "`");
                    }
                } else if (item instanceof Value.Int) {
                    // xl keeps a bare number as its text
                    ctx.report(item.range(), "xl accepts only `lmce` in `mca_caps` and refuses `"
                            + ctx.source().slice(item.range()) + "`");
                } else if (item instanceof Value.ListValue) {
                    ctx.report(item.range(), "an item of `mca_caps` must be the string \"lmce\"; xl gets no string "
                            + "for a nested list and compares a null pointer instead (it crashes)");
                }
            }
        }
    }
}
