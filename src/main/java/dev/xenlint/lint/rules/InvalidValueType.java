package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.Locale;
import java.util.Set;

/**
 * A value of a type the key does not take. xl warns and ignores the key; xm
 * silently drops booleans, None, tuples and dicts; either way the guest gets
 * the default.
 */
public final class InvalidValueType extends Rule {

    /** List keys xl refuses, rather than ignores, when given a single value (tools/xl/xl_parse.c). */
    private static final Set<String> XL_REFUSES_SINGLE = Set.of("mca_caps", "smbios", "device_model_args",
            "device_model_args_pv", "device_model_args_hvm");
    private static final Set<String> TRUE_WORDS = Set.of("yes", "true", "on", "y");
    private static final Set<String> FALSE_WORDS = Set.of("no", "false", "off", "n");

    public InvalidValueType() {
        super(RuleInfo.of("XC104", "invalid-value-type", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Setting s : ctx.model().settings().values()) {
            KeyCatalogue.Key key = KeyCatalogue.get().key(s.key());
            if (key == null || !key.support(ctx.dialect()).isRead()) {
                continue;
            }
            for (Value v : s.candidates()) {
                check(ctx, s.key(), key.type().single(), v);
            }
        }
    }

    /** @param type the key's one value type, or null when it takes alternatives (not checked then) */
    private void check(RuleContext ctx, String key, KeyCatalogue.ValueType type, Value v) {
        String tool = ctx.dialect().id();
        if (v instanceof Value.Dynamic) {
            return;
        }
        if (ctx.dialect() == Dialect.XM && (v instanceof Value.Bool || v instanceof Value.None
                || v instanceof Value.Tuple || v instanceof Value.Dict)) {
            String literal = v instanceof Value.Bool b ? (b.value() ? "1" : "0") : null;
            String message = "xm only reads strings, numbers and lists; " + describe(v) + " for `" + key
                    + "` is silently dropped and the default is used"
                    + (literal == null ? "" : "; write `" + literal + "`");
            if (literal != null && isLiteralToken(ctx, v)) {
                ctx.report(v.range(), message, RuleContext.replace("write " + literal, v.range(), literal,
                        Fix.Applicability.SAFE));
            } else {
                ctx.report(v.range(), message);
            }
            return;
        }
        boolean number = type != null && type.isNumber();
        boolean bool = type != null && type.isBoolean();
        if ((number || bool) && v instanceof Value.Str s) {
            if (ctx.model().integer(s) != null) {
                return; // xl's strtol and xm's int() read a quoted number as the number
            }
            String text = s.value().trim();
            String word = text.toLowerCase(Locale.ROOT);
            String fixed = null;
            if (bool && TRUE_WORDS.contains(word)) {
                fixed = "1";
            } else if (bool && FALSE_WORDS.contains(word)) {
                fixed = "0";
            }
            String message = "`" + key + "` takes " + (bool ? "0 or 1" : "a number") + ", not "
                    + dev.xenlint.model.XlLiteral.quoted(s.value()) + "; "
                    + (ctx.dialect() == Dialect.XL ? "xl warns that it is not a valid number and ignores the key"
                    : "xm cannot read it as a number (`int()` fails)")
                    + (fixed == null ? "" : "; write `" + fixed + "` without quotes");
            if (fixed != null && Checks.literal(s, ctx.source())) {
                ctx.report(s.range(), message, RuleContext.replace("write " + fixed, s.range(), fixed,
                        Fix.Applicability.SAFE));
            } else {
                ctx.report(s.range(), message);
            }
        } else if ((number || bool || type != null && type.isString()) && v instanceof Value.ListValue) {
            ctx.report(v.range(), "`" + key + "` takes a single value, not a list; " + tool
                    + " ignores it and uses the default");
        } else if (type != null && type.isList() && v instanceof Value.Str s) {
            String message = "`" + key + "` takes a list; write `[ " + dev.xenlint.model.XlLiteral.quote(s.value()) + " ]`, since " + tool
                    + (ctx.dialect() != Dialect.XL ? " reads a string as a list of its characters"
                    : XL_REFUSES_SINGLE.contains(key) ? " refuses a single string here (\"unable to parse\") and "
                    + "creates no domain" : " warns that it should be a list and ignores it");
            if (Checks.literal(s, ctx.source()) || isLiteralToken(ctx, s)) {
                String text = ctx.source().slice(s.range());
                ctx.report(s.range(), message, RuleContext.replace("wrap the string in a list", s.range(),
                        "[ " + text + " ]", Fix.Applicability.SAFE));
            } else {
                ctx.report(s.range(), message);
            }
        }
    }

    /** Whether the value's range is exactly one literal token (so replacing it is faithful). */
    private static boolean isLiteralToken(RuleContext ctx, Value v) {
        String text = ctx.source().slice(v.range());
        return text.equals("True") || text.equals("False")
                || !text.isEmpty() && (text.charAt(0) == '\'' || text.charAt(0) == '"')
                && text.charAt(text.length() - 1) == text.charAt(0) && text.indexOf(text.charAt(0), 1) == text.length() - 1;
    }

    private static String describe(Value v) {
        if (v instanceof Value.Bool b) {
            return "`" + (b.value() ? "True" : "False") + "`";
        }
        return v instanceof Value.None ? "`None`" : "a " + v.typeName();
    }
}
