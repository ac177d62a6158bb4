package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.ModelBuilder;
import dev.xenlint.model.Value;

/**
 * {@code builder} and {@code type} name different guest types: xl refuses the
 * file (tools/xl/xl_parse.c:1435-1440 at c447b7308b, from 4.10).
 */
public final class BuilderTypeConflict extends Rule {

    public BuilderTypeConflict() {
        super(RuleInfo.of("XC202", "builder-type-conflict", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.xenVersion().before(4, 10)) {
            return; // xl reads no `type` before 4.10 (type-needs-xen-4-10 says so)
        }
        for (Value.Str builder : ctx.model().strings("builder")) {
            GuestType b = ModelBuilder.xlBuilder(builder.value(), ctx.xenVersion());
            if (b == null) {
                continue; // refused on its own (deprecated-builder)
            }
            for (Value.Str type : ctx.model().strings("type")) {
                GuestType t = ModelBuilder.xlType(type.value());
                if (t != null && t != b) {
                    ctx.report(builder.range(), "`builder` says " + b.id().toUpperCase(java.util.Locale.ROOT)
                            + " but `type` says `" + type.value() + "`; xl refuses contradicting builder and type. "
                            + "Remove `builder`", null, new RelatedLocation(type.range(), "type set here"));
                }
            }
        }
    }
}
