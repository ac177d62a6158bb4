package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.PythonUse;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.ArrayList;
import java.util.List;

/** Python in a file read by xl, whose parser accepts only plain assignments of literals. */
public final class PythonInXlConfig extends Rule {

    public PythonInXlConfig() {
        super(RuleInfo.of("XC002", "python-in-xl-config", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        List<Assignment> assignments = new ArrayList<>();
        for (Setting s : ctx.model().settings().values()) {
            assignments.addAll(s.assignments());
        }
        for (Setting s : ctx.model().locals().values()) {
            assignments.addAll(s.assignments());
        }
        for (PythonUse use : ctx.model().pythonUses()) {
            String literal = null;
            Assignment target = null;
            for (Assignment a : assignments) {
                if (!a.isConditional() && a.valueRange().start() <= use.range().start()
                        && use.range().end() <= a.valueRange().end()) {
                    target = a;
                    literal = a.append() ? null : xlLiteral(a.value());
                }
            }
            String message = use.what() + " is Python, which xl's parser rejects: `xl create` stops at this line";
            if (literal != null) {
                ctx.report(use.range(), message + "; write the value it stands for, `" + literal + "`",
                        RuleContext.replace("replace the expression with its value", target.valueRange(), literal,
                                Fix.Applicability.SAFE));
            } else {
                ctx.report(use.range(), message + "; xl reads only `key = value` with quoted strings, whole numbers "
                        + "and lists");
            }
        }
    }

    /** The value written as xl can read it, or null when xl has no way to write it. */
    static String xlLiteral(Value v) {
        if (v instanceof Value.Str s) {
            return Checks.quote(s.value());
        } else if (v instanceof Value.Int i) {
            return i.value() >= 0 ? Long.toString(i.value()) : "\"" + i.value() + "\"";
        } else if (v instanceof Value.Bool b) {
            return b.value() ? "1" : "0";
        } else if (v instanceof Value.ListValue l) {
            StringBuilder sb = new StringBuilder("[ ");
            for (int k = 0; k < l.items().size(); k++) {
                String item = xlLiteral(l.items().get(k));
                if (item == null) {
                    return null;
                }
                sb.append(k > 0 ? ", " : "").append(item);
            }
            return l.items().isEmpty() ? "[]" : sb.append(" ]").toString();
        }
        return null;
    }
}
