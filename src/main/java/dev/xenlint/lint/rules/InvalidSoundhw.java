package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Field;
import dev.xenlint.model.Value;
import java.util.Locale;
import java.util.Set;

/** A sound card the device model does not have. */
public final class InvalidSoundhw extends Rule {

    private static final Set<String> XL_CARDS = Set.of("ac97", "adlib", "cs4231a", "es1370", "gus", "hda", "sb16");
    private static final Set<String> XM_CARDS = Set.of("sb16", "es1370", "adlib", "gus");

    public InvalidSoundhw() {
        super(RuleInfo.of("XC406", "invalid-soundhw", Severity.ERROR, RuleInfo.BOTH, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str v : ctx.model().strings("soundhw")) {
            String value = v.value();
            if (ctx.dialect() == Dialect.XL) {
                if (!XL_CARDS.contains(value.toLowerCase(Locale.ROOT))) {
                    String hint = value.equals("all") || value.contains(",")
                            ? " (xm's `all` and comma lists are not accepted)" : "";
                    ctx.report(v.range(), "xl takes exactly one sound card, one of ac97, adlib, cs4231a, es1370, gus, "
                            + "hda or sb16, and refuses `" + value + "`" + hint);
                }
                continue;
            }
            if (value.equals("all")) {
                continue;
            }
            for (Field card : Field.of(v).split(',')) {
                if (!XM_CARDS.contains(card.text())) {
                    ctx.report(card.range(), "xm's device model has no sound card `" + card.text() + "` and exits; "
                            + "use sb16, es1370, adlib, gus or all");
                }
            }
        }
    }
}
