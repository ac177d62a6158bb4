package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Field;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import dev.xenlint.syntax.Typography;
import java.util.ArrayList;
import java.util.List;

/** A CPU list in {@code cpus} or {@code cpus_soft} the toolstack cannot read. */
public final class InvalidCpus extends Rule {

    public InvalidCpus() {
        super(RuleInfo.of("XC305", "invalid-cpus", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (String key : new String[] {"cpus", "cpus_soft"}) {
            Setting s = ctx.model().setting(key);
            if (s == null) {
                continue;
            }
            for (Value v : s.candidates()) {
                if (v instanceof Value.Str str) {
                    checkList(ctx, key, Field.of(str));
                } else if (v instanceof Value.ListValue list) {
                    for (Value item : list.items()) {
                        if (item instanceof Value.Str str) {
                            checkList(ctx, key, Field.of(str));
                        }
                    }
                }
            }
        }
    }

    private void checkList(RuleContext ctx, String key, Field list) {
        boolean xl = ctx.dialect() == Dialect.XL;
        for (Field item : list.split(',')) {
            String problem = problem(item.text(), xl);
            if (problem != null && dashed(item.text()) >= 0 && problem(plainDashes(item.text()), xl) == null) {
                // `0–3`: a range pasted with an en dash; the plain `-` is what was meant
                int at = dashed(item.text());
                Field dash = item.sub(at, at + 1);
                Fix fix = Checks.literal(item, ctx.source()) ? plainDashFix(item) : null;
                ctx.report(dash.range(), "`" + item.text() + "` in `" + key + "` has "
                        + Typography.describe(item.text().charAt(at)) + " where a range needs a plain `-`; "
                        + ctx.dialect().id() + " refuses it. Write `" + plainDashes(item.text()) + "`", fix);
                return;
            }
            if (problem != null) {
                ctx.report(item.range(), "`" + item.text() + "` in `" + key + "` " + problem + "; "
                        + ctx.dialect().id() + " refuses it. Write CPU numbers and ranges such as \"0-3,^1\"");
                return;
            }
        }
    }

    /** Where the first dash that is not a plain `-` is, or -1. */
    private static int dashed(String item) {
        for (int i = 0; i < item.length(); i++) {
            if (Typography.isDash(item.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String plainDashes(String item) {
        StringBuilder sb = new StringBuilder(item);
        for (int i = 0; i < sb.length(); i++) {
            if (Typography.isDash(sb.charAt(i))) {
                sb.setCharAt(i, '-');
            }
        }
        return sb.toString();
    }

    /** Each odd dash of a literally written item replaced by `-`: safe, it is the only reading of the range. */
    private static Fix plainDashFix(Field item) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < item.text().length(); i++) {
            if (Typography.isDash(item.text().charAt(i))) {
                edits.add(new Edit(item.sub(i, i + 1).range(), "-"));
            }
        }
        return new Fix("replace the dash with `-`", List.copyOf(edits), Fix.Applicability.SAFE);
    }

    /** Why an item of a CPU list is wrong, or null. */
    private static String problem(String item, boolean xl) {
        String s = item;
        boolean negated = s.startsWith("^");
        if (negated) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return "is empty";
        }
        if (s.equals("all")) {
            return !xl ? "is not a CPU number (`all` is xl-only)" : negated ? "removes every CPU" : null;
        }
        if (xl && (s.startsWith("node:") || s.startsWith("nodes:"))) {
            s = s.substring(s.indexOf(':') + 1);
        }
        int dash = s.indexOf('-');
        String from = dash < 0 ? s : s.substring(0, dash);
        String to = dash < 0 ? s : s.substring(dash + 1);
        if (!isNumber(from) || !isNumber(to)) {
            return "is not a CPU number or range";
        }
        if (Long.parseLong(to) < Long.parseLong(from)) {
            return "is a range that ends before it starts";
        }
        return null;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() < 10 && Checks.digits(s);
    }
}
