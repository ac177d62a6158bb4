package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.ModelBuilder;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.List;

/**
 * xl's {@code builder}: deprecated in favour of {@code type} since Xen 4.10
 * (commit c7dfe4ac58), which also made values other than hvm and generic an
 * error; before 4.10 it was the only way to ask for HVM.
 */
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
        if (ctx.xenVersion().before(4, 10)) {
            checkBefore410(ctx, builder);
            return;
        }
        Setting type = ctx.model().setting("type");
        for (Assignment a : builder.assignments()) {
            if (!(a.value() instanceof Value.Str s)) {
                continue;
            }
            String v = s.value();
            GuestType read = ModelBuilder.xlBuilder(v, ctx.xenVersion()); // by prefix: "" is hvm
            boolean hvm = read == GuestType.HVM;
            boolean generic = read == GuestType.PV;
            boolean vmx = v.equals("vmx"); // xm's HVM builder before Xen 3.0.2
            String equivalent = hvm || vmx ? "hvm" : "pv";
            Fix fix = null;
            if (type == null && !a.isConditional()) {
                fix = RuleContext.replace("write type = \"" + equivalent + "\"", a.statement(),
                        "type = \"" + equivalent + "\"", Fix.Applicability.SAFE);
            } else if (type != null && allStrings(type, equivalent)) {
                fix = new Fix("remove builder, type already says " + equivalent,
                        List.of(Checks.removeStatement(ctx.source(), a)), Fix.Applicability.SAFE);
            }
            if (hvm || generic) {
                ctx.reportMild(Severity.WARNING, a.keyRange(), "`builder` is deprecated in xl since Xen 4.10; write "
                        + "`type = \"" + equivalent + "\"` instead", fix);
            } else {
                ctx.report(s.range(), "xl accepts only `hvm` or `generic` for `builder` and refuses `" + v + "`; "
                        + (vmx ? "write `type = \"hvm\"` (`vmx` was xm's HVM builder before Xen 3.0.2)"
                                : "write `type = \"pv\"` (xm's `linux` builder made a PV guest)"), fix);
            }
        }
    }

    /**
     * Before Xen 4.10 (c7dfe4ac58) xl had no {@code type}: {@code builder} was how
     * to ask for HVM, not deprecated, and any value other than a prefix of
     * {@code hvm} silently built a PV guest.
     */
    private static void checkBefore410(RuleContext ctx, Setting builder) {
        for (Assignment a : builder.assignments()) {
            if (!(a.value() instanceof Value.Str s)) {
                continue;
            }
            String v = s.value();
            if ("hvm".startsWith(v) || v.equals("generic") || v.equals("linux")) {
                continue; // HVM, or PV as meant
            }
            Fix fix = v.equals("vmx") && Checks.literal(s, ctx.source())
                    ? RuleContext.replace("write builder = \"hvm\"", s.range(), "\"hvm\"", Fix.Applicability.SAFE)
                    : null;
            ctx.reportMild(Severity.WARNING, s.range(), "xl " + ctx.xenVersion() + " reads only `hvm` from "
                    + "`builder` and silently builds a PV guest for `" + v + "`"
                    + (v.equals("vmx") ? "; `vmx` was xm's HVM builder before Xen 3.0.2: write `hvm`" : ""), fix);
        }
    }

    /** Whether every value {@code type} may have is the string {@code equivalent} (a loop: see StartupPathTest). */
    private static boolean allStrings(Setting type, String equivalent) {
        for (Value t : type.candidates()) {
            if (!(t instanceof Value.Str ts && ts.value().equals(equivalent))) {
                return false;
            }
        }
        return true;
    }
}
