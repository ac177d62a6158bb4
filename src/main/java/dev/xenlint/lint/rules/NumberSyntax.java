package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.Numbers;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/**
 * Numbers that do not mean what they look like: a leading 0 makes an octal
 * number ({@code memory = 010} is 8 MiB), and for xl a number-looking value
 * that {@code strtol} does not read whole ({@code 0800}, {@code 1e3}) is no
 * number at all, so xl warns and ignores the setting.
 */
public final class NumberSyntax extends Rule {

    public NumberSyntax() {
        super(RuleInfo.of("XC120", "number-syntax", Severity.WARNING, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        KeyCatalogue catalogue = KeyCatalogue.get();
        boolean xl = ctx.dialect() == Dialect.XL;
        for (Setting s : ctx.model().settings().values()) {
            KeyCatalogue.Key key = catalogue.key(s.key());
            if (key == null || !key.support(ctx.dialect()).isRead() || !numeric(key.type())) {
                continue;
            }
            for (Assignment a : s.assignments()) {
                if (a.append()) {
                    continue;
                }
                Value v = a.operand();
                String source = ctx.source().slice(a.valueRange());
                boolean quoted = v instanceof Value.Str;
                String text = quoted ? ((Value.Str) v).value() : source;
                if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9' || MemoryUnitSuffix.hasUnit(text)) {
                    continue; // words are invalid-value-type's; `512M` is memory-unit-suffix's
                }
                // xm's int() reads a quoted "010" as ten; only xl's strtol and Python literals are octal
                boolean octalReader = xl || !quoted;
                if (xl && Numbers.strtolOutOfRange(text)) {
                    ctx.report(a.valueRange(), "`" + text + "` is too large for xl: its strtol fails (out of range "
                            + "beyond " + Long.MAX_VALUE + "), so xl warns that `" + s.key() + "` could not be parsed "
                            + "as a number and ignores the setting");
                } else if (octalReader && isOctal(text)) {
                    // Python 2 reads an octal literal of any length (a long); xl's strtol one that fits (above)
                    int zeros = firstNonZero(text);
                    ctx.report(a.valueRange(), "`" + text + "` is an octal number (a leading 0 means base 8), so `"
                            + s.key() + "` is " + new java.math.BigInteger(text, 8) + ", not " + text.substring(zeros)
                            + "; drop the leading 0" + (zeros > 1 ? "s" : ""));
                } else if (xl && Numbers.strtol(text) == null) {
                    ctx.report(a.valueRange(), "`" + text + "` is not a number xl reads (it converts with strtol, "
                            + "which takes decimal, 0x hex and 0-prefixed octal whole numbers only): xl warns that `"
                            + s.key() + "` is not a valid number and ignores the setting");
                }
            }
        }
    }

    /** Whether a key takes one number or flag and nothing else ({@code int}, {@code long}, {@code bool}, {@code bool01}). */
    static boolean numeric(KeyCatalogue.TypeSpec type) {
        KeyCatalogue.ValueType t = type.single();
        return t != null && (t.isNumber() || t.isBoolean());
    }

    /** {@code 0} followed by octal digits only, at least one non-zero ({@code 00} is zero either way). */
    private static boolean isOctal(String text) {
        if (text.length() < 2 || text.charAt(0) != '0') {
            return false;
        }
        boolean nonZero = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
            nonZero |= c != '0';
        }
        return nonZero;
    }

    private static int firstNonZero(String text) {
        int i = 0;
        while (i < text.length() - 1 && text.charAt(i) == '0') {
            i++;
        }
        return i;
    }
}
