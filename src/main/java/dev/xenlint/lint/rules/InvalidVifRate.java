package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.spec.Field;
import dev.xenlint.model.spec.KeyValueSpec;

/** A vif {@code rate} that cannot be read: xl refuses it, xm silently leaves the link unlimited. */
public final class InvalidVifRate extends Rule {

    public InvalidVifRate() {
        super(RuleInfo.of("XC604", "invalid-vif-rate", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (KeyValueSpec vif : ctx.model().vifs()) {
            Field rate = vif.get("rate");
            if (rate == null) {
                continue;
            }
            String problem = problem(rate.text(), ctx.isXm());
            if (problem != null) {
                ctx.report(rate.range(), "rate `" + rate.text() + "` " + problem + "; "
                        + (ctx.isXm() ? "xm silently leaves the interface unlimited" : "xl refuses the domain")
                        + ". Write e.g. `10Mb/s` or `5MB/s@20ms`");
            }
        }
    }

    /** Why a rate is wrong, or null. Syntax: N[GMK](b|B)/s[@N[m|u]s] (xl: the interval's s is optional). */
    static String problem(String text, boolean xm) {
        int at = text.indexOf('@');
        String rate = at < 0 ? text : text.substring(0, at);
        int i = 0;
        while (i < rate.length() && Character.isDigit(rate.charAt(i))) {
            i++;
        }
        if (i == 0 || i > 18) {
            return "does not start with a number";
        }
        long n = Long.parseLong(rate.substring(0, i));
        String unit = rate.substring(i);
        if (unit.length() > 0 && "GMK".indexOf(unit.charAt(0)) >= 0) {
            unit = unit.substring(1);
        }
        if (!unit.equals("b/s") && !unit.equals("B/s")) {
            return "needs a unit of b/s or B/s (optionally with G, M or K)";
        }
        if (n == 0) {
            return "is zero";
        }
        if (at >= 0) {
            String interval = text.substring(at + 1);
            int j = 0;
            while (j < interval.length() && Character.isDigit(interval.charAt(j))) {
                j++;
            }
            String suffix = interval.substring(j);
            boolean ok = j > 0 && (suffix.equals("s") || suffix.equals("ms") || suffix.equals("us")
                    || !xm && (suffix.isEmpty() || suffix.equals("m") || suffix.equals("u")));
            if (!ok) {
                return "has an interval that is not a number of s, ms or us";
            }
        }
        return null;
    }
}
