package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/**
 * A {@code cpuid} entry that cannot be read: {@code 'LEAF[,SUBLEAF]:eXx=VALUE,...'}
 * with registers eax to edx; xm takes 32 bit characters or a 0x number, xl 32
 * characters of 0, 1, x, k and s (or the string form beginning with host).
 */
public final class InvalidCpuid extends Rule {

    public InvalidCpuid() {
        super(RuleInfo.of("XC616", "invalid-cpuid", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting cpuid = ctx.model().setting("cpuid");
        if (cpuid == null) {
            return;
        }
        for (Value v : cpuid.candidates()) {
            if (v instanceof Value.Str s && !ctx.isXm()) {
                if (!s.value().startsWith("host")) {
                    ctx.reportMild(Severity.WARNING, s.range(), "a `cpuid` string must begin with `host`; xl prints "
                            + "an error and skips it", null);
                }
            } else if (v instanceof Value.ListValue list) {
                for (Value item : list.items()) {
                    if (item instanceof Value.Str s) {
                        check(ctx, s);
                    }
                }
            }
        }
    }

    private static void check(RuleContext ctx, Value.Str entry) {
        Field whole = Field.of(entry);
        int colon = whole.indexOf(':');
        if (colon <= 0) {
            report(ctx, whole, "is not `LEAF[,SUBLEAF]:eXx=VALUE,...`");
            return;
        }
        for (Field leaf : whole.sub(0, colon).split(',')) {
            if (!isNumber(leaf.text())) {
                report(ctx, leaf, "is not a leaf number");
                return;
            }
        }
        for (Field reg : whole.sub(colon + 1, entry.value().length()).split(',')) {
            int eq = reg.indexOf('=');
            String name = eq < 0 ? reg.text() : reg.text().substring(0, eq);
            if (!name.equals("eax") && !name.equals("ebx") && !name.equals("ecx") && !name.equals("edx")) {
                report(ctx, reg, "does not name a register eax, ebx, ecx or edx");
                return;
            }
            String value = reg.text().substring(eq + 1);
            boolean ok = value.length() == 32 && (ctx.isXm() || onlyOf(value, "01xks"))
                    || ctx.isXm() && value.startsWith("0x") && value.length() > 2 && Checks.hexDigits(value.substring(2));
            if (!ok) {
                report(ctx, reg.sub(eq + 1, reg.text().length()), "is not 32 bit characters"
                        + (ctx.isXm() ? " or a 0x number" : " of 0, 1, x, k and s"));
                return;
            }
        }
    }

    private static void report(RuleContext ctx, Field at, String problem) {
        String message = "`" + at.text() + "` " + problem + "; " + (ctx.isXm() ? "xm refuses the domain"
                : "xl prints an error and skips the entry");
        if (ctx.isXm()) {
            ctx.report(at.range(), message);
        } else {
            ctx.reportMild(Severity.WARNING, at.range(), message, null);
        }
    }

    private static boolean isNumber(String s) {
        String t = s.startsWith("0x") ? s.substring(2) : s;
        return !t.isEmpty() && Checks.hexDigits(t);
    }

    /** Whether every char of {@code s} is one of {@code chars} (a loop, not a stream: see StartupPathTest). */
    private static boolean onlyOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
