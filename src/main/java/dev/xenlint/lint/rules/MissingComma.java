package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Two strings side by side in a list: almost always a forgotten comma. Python
 * (xm) joins them into one item, so two disks become one broken disk; xl's
 * parser refuses the file.
 */
public final class MissingComma extends Rule {

    public static final String CODE = "XC020";

    /** Joined values longer than this are shortened in messages. */
    private static final int SHOWN = 60;

    public MissingComma() {
        super(RuleInfo.of(CODE, "missing-comma", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        List<ListGaps.Gap> gaps = ListGaps.find(ctx.model().syntax());
        if (gaps.isEmpty()) {
            return;
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Setting s : ctx.model().settings().values()) {
            assignments.addAll(s.assignments());
        }
        for (Setting s : ctx.model().locals().values()) {
            assignments.addAll(s.assignments());
        }
        String text = ctx.source().text();
        for (ListGaps.Gap gap : gaps) {
            Assignment target = null;
            for (Assignment a : assignments) {
                if (a.valueRange().start() <= gap.at() && gap.at() <= a.valueRange().end()) {
                    target = a;
                }
            }
            StringBuilder message = new StringBuilder("missing comma? ");
            Value.Str joined = null;
            if (ctx.isXm()) {
                joined = target == null ? null : joined(target.operand(), gap.at());
                message.append("Python joins the two strings into one ")
                        .append(target == null ? "list item" : "`" + target.key() + "` entry");
                if (joined != null) {
                    message.append(", `").append(shorten(joined.value())).append('`');
                }
                message.append(": one broken entry instead of two (xenlint reports nothing else about that entry)");
            } else {
                message.append("xl's parser refuses two strings side by side in a list, so `xl create` stops here");
            }
            boolean spaced = gap.at() < gap.after().start();
            Fix fix = RuleContext.replace("insert a comma", cutAt(gap.at()), spaced ? "," : ", ",
                    Fix.Applicability.UNSAFE);
            if (joined != null) {
                // the Linter drops other rules' findings inside this entry: they follow from the missing comma
                ctx.report(gap.pointer(text), message.toString(), fix, new RelatedLocation(joined.range(),
                        "the one entry Python makes of the two strings"));
            } else {
                ctx.report(gap.pointer(text), message.toString(), fix);
            }
        }
    }

    private static dev.xenlint.text.TextRange cutAt(int at) {
        return dev.xenlint.text.TextRange.empty(at);
    }

    /** The string item of a (possibly nested) list value that spans the offset. */
    private static Value.Str joined(Value v, int at) {
        for (Value option : v.options()) {
            if (option instanceof Value.Str s && s.range().start() <= at && at <= s.range().end()) {
                return s;
            }
            if (option instanceof Value.ListValue list) {
                for (Value item : list.items()) {
                    Value.Str found = joined(item, at);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 3) + "...";
    }
}
