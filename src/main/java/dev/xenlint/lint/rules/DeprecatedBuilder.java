package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.List;

/** xl still reads {@code builder} but deprecates it, and refuses xm's {@code builder = "linux"}. */
public final class DeprecatedBuilder extends Rule {

    public DeprecatedBuilder() {
        super(RuleInfo.of("XC201", "deprecated-builder", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting builder = ctx.model().setting("builder");
        if (builder == null) {
            return;
        }
        Setting type = ctx.model().setting("type");
        for (Assignment a : builder.assignments()) {
            if (!(a.value() instanceof Value.Str s)) {
                continue;
            }
            String v = s.value();
            boolean hvm = !v.isEmpty() && "hvm".startsWith(v);
            boolean generic = !v.isEmpty() && "generic".startsWith(v);
            String equivalent = hvm ? "hvm" : "pv";
            Fix fix = null;
            if (type == null && !a.isConditional()) {
                fix = RuleContext.replace("write type = \"" + equivalent + "\"", a.statement(),
                        "type = \"" + equivalent + "\"", Fix.Applicability.SAFE);
            } else if (type != null && type.candidates().stream()
                    .allMatch(t -> t instanceof Value.Str ts && ts.value().equals(equivalent))) {
                fix = new Fix("remove builder, type already says " + equivalent,
                        List.of(Checks.removeStatement(ctx.source(), a)), Fix.Applicability.SAFE);
            }
            if (hvm || generic) {
                ctx.reportMild(Severity.WARNING, a.keyRange(), "`builder` is deprecated in xl; write `type = \""
                        + equivalent + "\"` instead", fix);
            } else {
                ctx.report(s.range(), "xl accepts only `hvm` or `generic` for `builder` and refuses `" + v
                        + "`; write `type = \"pv\"` (xm's `linux` builder made a PV guest)", fix);
            }
        }
    }
}
