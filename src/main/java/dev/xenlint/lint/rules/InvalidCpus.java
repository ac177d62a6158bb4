package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Field;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** A CPU list in {@code cpus} or {@code cpus_soft} the toolstack cannot read. */
public final class InvalidCpus extends Rule {

    public InvalidCpus() {
        super(RuleInfo.of("XC305", "invalid-cpus", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
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
            if (problem != null) {
                ctx.report(item.range(), "`" + item.text() + "` in `" + key + "` " + problem + "; "
                        + ctx.dialect().id() + " refuses it. Write CPU numbers and ranges such as \"0-3,^1\"");
                return;
            }
        }
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
        return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit);
    }
}
