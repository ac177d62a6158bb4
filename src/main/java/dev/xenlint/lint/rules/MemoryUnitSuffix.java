package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.TextRange;
import java.util.List;
import java.util.Set;

/** {@code memory = 512M} or {@code "2G"}: the memory keys take a plain number of MiB. */
public final class MemoryUnitSuffix extends Rule {

    private static final Set<String> KEYS = Set.of("memory", "maxmem", "shadow_memory", "videoram");

    public MemoryUnitSuffix() {
        super(RuleInfo.of("XC025", "memory-unit-suffix", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        SyntaxTree tree = ctx.model().syntax();
        List<Token> tokens = tree.tokens();
        // unquoted: NUMBER immediately followed by a unit word, `memory = 512M`: a syntax error in both dialects
        // (no rule of the grammar lets a name follow a number), so only a logical line with a syntax error can
        // hold one, and the two tokens are on the same logical line (nothing but trivia comes between lines)
        for (LogicalLine line : tree.lines()) {
            if (line.hasError()) {
                unquoted(ctx, tree, tokens, line);
            }
        }
        // quoted: memory = "512M" (xl's strtol and xm's int() both reject it)
        for (String key : KEYS) {
            Setting s = ctx.model().setting(key);
            if (s == null) {
                continue;
            }
            for (var a : s.assignments()) {
                if (a.operand() instanceof Value.Str str && hasUnit(str.value())) {
                    int u = unitStart(str.value());
                    Long mib = mib(str.value().substring(0, u), str.value().substring(u));
                    if (mib != null && Checks.literal(str, ctx.source())) {
                        report(ctx, str.range(), str.value(), mib, String.valueOf(mib));
                    }
                }
            }
        }
    }

    private static void unquoted(RuleContext ctx, SyntaxTree tree, List<Token> tokens, LogicalLine line) {
        for (int i = Math.max(2, line.firstToken()); i + 1 < tokens.size() && i <= line.lastToken(); i++) {
            Token number = tokens.get(i);
            Token unit = tokens.get(i + 1);
            if (!number.is(TokenKind.NUMBER) || !unit.is(TokenKind.NAME)
                    || unit.range().start() != number.range().end()) {
                continue;
            }
            String key = keyBefore(tokens, i);
            Long mib = mib(number.text(), unit.text());
            if (key != null && KEYS.contains(key) && mib != null) {
                TextRange at = tree.range(number, unit);
                report(ctx, at, number.text() + unit.text(), mib, String.valueOf(mib));
            }
        }
    }

    private static void report(RuleContext ctx, TextRange at, String written, long mib, String replacement) {
        ctx.report(at, "`" + written + "`: xl and xm take MiB as a plain number; write `" + mib + "`"
                + (ctx.isXm() ? " (Python cannot read the unit and xm refuses the file)"
                : " (xl refuses a unit: unquoted it is a syntax error, quoted it is not a number)"),
                RuleContext.replace("write " + mib + " (MiB)", at, replacement, Fix.Applicability.SAFE));
    }

    /** The key of {@code key = NUMBER}, looking back from the number over hidden tokens, or null. */
    private static String keyBefore(List<Token> tokens, int number) {
        int i = number - 1;
        while (i >= 0 && tokens.get(i).kind().isTrivia()) {
            i--;
        }
        if (i < 1 || !tokens.get(i).is(TokenKind.ASSIGN)) {
            return null;
        }
        i--;
        while (i >= 0 && tokens.get(i).kind().isTrivia()) {
            i--;
        }
        return i >= 0 && tokens.get(i).is(TokenKind.NAME) ? tokens.get(i).text() : null;
    }

    /** Whether a text is digits followed by a size unit ({@code 512M}, {@code 2GiB}). */
    static boolean hasUnit(String text) {
        int u = unitStart(text);
        return u > 0 && u < text.length() && mib(text.substring(0, u), text.substring(u)) != null;
    }

    private static int unitStart(String text) {
        int u = 0;
        while (u < text.length() && text.charAt(u) >= '0' && text.charAt(u) <= '9') {
            u++;
        }
        return u;
    }

    /** The size in MiB of digits with a unit, or null when the unit is not one or the size is not whole MiB. */
    static Long mib(String digits, String unit) {
        if (digits.isEmpty() || digits.length() > 12 || !Checks.digits(digits)) {
            return null;
        }
        long n = Long.parseLong(digits);
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        return switch (u) {
            case "m", "mb", "mib" -> n;
            case "g", "gb", "gib" -> n * 1024;
            case "t", "tb", "tib" -> n * 1024 * 1024;
            case "k", "kb", "kib" -> n % 1024 == 0 ? n / 1024 : null;
            default -> null;
        };
    }
}
