package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.Set;

/** xl's {@code +=} joins a list to a list or a string to a string; anything else fails or is ignored. */
public final class AppendTypeMismatch extends Rule {

    public AppendTypeMismatch() {
        super(RuleInfo.of("XC107", "append-type-mismatch", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Setting s : ctx.model().settings().values()) {
            Value previous = null;
            for (Assignment a : s.assignments()) {
                if (a.append()) {
                    check(ctx, s.key(), previous, a);
                }
                previous = a.value();
            }
        }
    }

    private static void check(RuleContext ctx, String key, Value previous, Assignment a) {
        KeyCatalogue.Key info = KeyCatalogue.get().key(key);
        if (info != null && NumberSyntax.numeric(info.type())) {
            ctx.reportMild(Severity.WARNING, a.keyRange(), "`" + key + "` is a number; xl warns about `+=` on it "
                    + "and ignores the key. Write the total with `=`", null);
            return;
        }
        if (previous == null || previous instanceof Value.Dynamic || a.operand() instanceof Value.Dynamic) {
            return;
        }
        boolean wasList = previous instanceof Value.ListValue;
        boolean addsList = a.operand() instanceof Value.ListValue;
        if (wasList != addsList) {
            ctx.report(a.valueRange(), "`+=` adds " + (addsList ? "a list" : "a single value") + " to `" + key
                    + "`, which holds " + (wasList ? "a list" : "a single value") + "; xl stops with a parse error. "
                    + (wasList ? "Write the value in brackets: `[ ... ]`" : "Add a value of the same kind"));
        }
    }
}
