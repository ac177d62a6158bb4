package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** A domain UUID the toolstack cannot parse. */
public final class InvalidUuid extends Rule {

    public InvalidUuid() {
        super(RuleInfo.of("XC701", "invalid-uuid", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str uuid : ctx.model().strings("uuid")) {
            String v = uuid.value();
            if (ctx.isXm()) {
                String digits = v.replace("-", "");
                if (digits.length() != 32 || !isHex(digits)) {
                    ctx.report(uuid.range(), "`" + v + "` is not a UUID: xm needs 32 hex digits (dashes are "
                            + "ignored) and refuses the domain");
                }
            } else if (!canonical(v)) {
                String hint = v.length() == 32 && isHex(v) ? "; xl does not accept it without dashes, as xm did" : "";
                ctx.report(uuid.range(), "`" + v + "` is not a UUID in the form 8-4-4-4-12 hex digits; xl refuses the "
                        + "domain" + hint);
            }
        }
    }

    static boolean canonical(String v) {
        if (v.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = v.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String s) {
        return Checks.hexDigits(s);
    }
}
