package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.PythonUse;
import dev.xenlint.model.Setting;
import dev.xenlint.model.XlLiteral;
import dev.xenlint.text.TextRange;
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
        if (ctx.model().pythonUses().isEmpty()) {
            return; // nothing to report (most xl files): not worth gathering assignments and gaps
        }
        StatementWithoutEffect.Mistyped mistyped = StatementWithoutEffect.mistypedAssignments(ctx);
        int[] gaps = null;
        Containing containing = null; // both made at the first use this rule reports (none in a file of `a == 1`)
        for (PythonUse use : ctx.model().pythonUses()) {
            if (mistyped.contains(use.range())) {
                continue; // `key == value`: statement-without-effect says "did you mean `=`?" and fixes it
            }
            if (containing == null) {
                List<Assignment> assignments = new ArrayList<>();
                for (Setting s : ctx.model().settings().values()) {
                    assignments.addAll(s.assignments());
                }
                for (Setting s : ctx.model().locals().values()) {
                    assignments.addAll(s.assignments());
                }
                // strings side by side in a list are a missing comma (missing-comma reports them and inserts it);
                // writing the joined string back would make the mistake permanent
                gaps = MissingComma.starts(MissingComma.gaps(ctx));
                containing = new Containing(assignments, false);
            }
            boolean keyPosition = use.what().startsWith("key `")
                    || use.what().startsWith("assignment to something other than a plain key");
            String key = keyPosition ? keyLike(ctx.source().slice(use.range())) : null;
            if (key != null) {
                ctx.report(use.range(), "`" + ctx.source().slice(use.range()).strip() + "` is not a key xl's parser "
                        + "accepts (keys are lower case, with `_` rather than `-`), so `xl create` stops at this line; "
                        + "did you mean `" + key + "`?", RuleContext.replace("write the key as `" + key + "`",
                        use.range(), key, Fix.Applicability.SAFE));
                continue;
            }
            Assignment target = containing.last(use.range());
            String literal = target == null || target.append() || MissingComma.anyWithin(gaps, target.valueRange())
                    ? null : XlLiteral.of(target.value());
            String message = use.what() + " is Python, which xl's parser rejects: `xl create` stops at this line";
            if (literal != null && literal.length() > Math.max(MAX_WRITTEN, 2 * target.valueRange().length())) {
                // 512 * "/x" : true to xm, but no value anyone typed; the fix does not write it out
                ctx.report(use.range(), message + "; the value it stands for is "
                        + dev.xenlint.model.XlLiteral.quoted(literal) + ": write the value meant instead");
            } else if (literal != null) {
                // a value may hold many Python uses (a list of `r'...'`), each a finding: each quotes the value
                // shortened, as every message does, or the report grows with the uses times the value's length
                // (the fix writes it whole)
                ctx.report(use.range(), message + "; write the value it stands for, "
                                + dev.xenlint.model.XlLiteral.quoted(literal),
                        RuleContext.replace("replace the expression with its value", target.valueRange(), literal,
                                Fix.Applicability.SAFE));
            } else {
                ctx.report(use.range(), message + "; xl reads only `key = value` with quoted strings, whole numbers "
                        + "and lists");
            }
        }
    }

    /**
     * Longest value the fix writes out in place of a shorter expression: a string repeated by {@code *} can run to
     * megabytes, which a fix must not write (nor a message quote whole).
     */
    static final int MAX_WRITTEN = 1024;

    /**
     * The assignments (the unconditional ones only, or all), to find the last (in the order given) whose value
     * holds a range: sorted by
     * where the value starts, with the furthest end reached so far, so that a query looks only at the values
     * that start before the range and could still reach past it. Values of different statements do not
     * overlap, so that is one or a few; a scan of every assignment per Python use was quadratic (20,000 lines
     * of {@code kN = 1 + 1} took 36 s).
     */
    static final class Containing {
        private final Assignment[] byStart;
        private final int[] order;
        private final int[] maxEnd;

        Containing(List<Assignment> assignments, boolean conditionalToo) {
            long[] keys = new long[assignments.size()]; // value start, then index in the list
            int n = 0;
            for (int i = 0; i < assignments.size(); i++) {
                if (conditionalToo || !assignments.get(i).isConditional()) {
                    keys[n++] = (long) assignments.get(i).valueRange().start() << 32 | i;
                }
            }
            java.util.Arrays.sort(keys, 0, n);
            byStart = new Assignment[n];
            order = new int[n];
            maxEnd = new int[n];
            for (int k = 0; k < n; k++) {
                order[k] = (int) keys[k];
                byStart[k] = assignments.get(order[k]);
                maxEnd[k] = Math.max(k == 0 ? Integer.MIN_VALUE : maxEnd[k - 1], byStart[k].valueRange().end());
            }
        }

        /** The last assignment (in the order given) whose value range holds {@code r}, or null. */
        Assignment last(TextRange r) {
            int lo = 0;
            int hi = byStart.length;
            while (lo < hi) { // the first value starting after r starts
                int mid = (lo + hi) >>> 1;
                if (byStart[mid].valueRange().start() <= r.start()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            Assignment best = null;
            int bestOrder = -1;
            for (int k = lo - 1; k >= 0 && maxEnd[k] >= r.end(); k--) {
                if (r.end() <= byStart[k].valueRange().end() && order[k] > bestOrder) {
                    best = byStart[k];
                    bestOrder = order[k];
                }
            }
            return best;
        }
    }

    /**
     * The xl key a malformed key stands for: {@code Name} is {@code name}, {@code on-crash} is
     * {@code on_crash}; null when the text is not a key-like word or names no key xl reads.
     */
    static String keyLike(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '\t') {
                continue;
            }
            if (ch == '-') {
                sb.append('_');
            } else if (ch >= 'A' && ch <= 'Z' || ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_'
                    || ch == '.') {
                sb.append(Character.toLowerCase(ch));
            } else {
                return null;
            }
        }
        String key = sb.toString();
        return !key.equals(text) && dev.xenlint.model.KeyCatalogue.get().isRead(key, dev.xenlint.model.Dialect.XL)
                ? key : null;
    }
}
