package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** {@code builder} and {@code type} disagree about HVM: xl refuses the file. */
public final class BuilderTypeConflict extends Rule {

    public BuilderTypeConflict() {
        super(RuleInfo.of("XC202", "builder-type-conflict", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str builder : ctx.model().strings("builder")) {
            boolean builderHvm = !builder.value().isEmpty() && "hvm".startsWith(builder.value());
            for (Value.Str type : ctx.model().strings("type")) {
                boolean typeHvm = type.value().isEmpty() || "hvm".startsWith(type.value());
                if (builderHvm != typeHvm) {
                    ctx.report(builder.range(), "`builder` says " + (builderHvm ? "HVM" : "PV") + " but `type` says `"
                            + type.value() + "`; xl refuses contradicting builder and type. Remove `builder`",
                            null, new RelatedLocation(type.range(), "type set here"));
                }
            }
        }
    }
}
