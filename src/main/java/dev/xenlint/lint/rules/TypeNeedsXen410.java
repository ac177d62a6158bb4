package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.ModelBuilder;
import dev.xenlint.model.Value;
import java.util.Locale;

/**
 * xl reads {@code type} only from Xen 4.10 (commit c7dfe4ac58): an older xl
 * ignores it and builds the guest {@code builder} asks for, PV by default.
 */
public final class TypeNeedsXen410 extends Rule {

    public TypeNeedsXen410() {
        super(RuleInfo.of("XC220", "type-needs-xen-4-10", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        var type = m.setting("type");
        if (type == null || ctx.xenVersion().atLeast(4, 10)) {
            return;
        }
        GuestType built = m.guest().type(); // from builder, or PV: type is not read
        String xl = "xl " + ctx.xenVersion() + " does not read `type` (it arrived in Xen 4.10)";
        for (Assignment a : type.assignments()) {
            if (!(a.value() instanceof Value.Str s)) {
                continue;
            }
            GuestType meant = ModelBuilder.xlType(s.value());
            if (meant == built) {
                continue; // ignored, but the guest is what type says
            }
            String builds = " and builds a " + built.id().toUpperCase(Locale.ROOT) + " guest";
            if (meant == null) {
                ctx.reportMild(Severity.WARNING, s.range(), xl + " and ignores `" + s.value() + "`", null);
            } else if (meant == GuestType.HVM) {
                Fix fix = m.setting("builder") == null && !a.isConditional()
                        ? RuleContext.replace("write builder = \"hvm\"", a.statement(), "builder = \"hvm\"",
                                Fix.Applicability.UNSAFE)
                        : null;
                ctx.report(s.range(), xl + builds + "; write `builder = \"hvm\"` for an HVM guest", fix);
            } else {
                ctx.report(s.range(), xl + builds + (meant == GuestType.PVH
                        ? "; PVH guests need Xen 4.10 or later" : "; remove `builder` for a PV guest"));
            }
        }
    }
}
