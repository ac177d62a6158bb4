package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import dev.xenlint.model.Field;
import dev.xenlint.syntax.Typography;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dash, space or quote a formatted document put inside a string that names something: a path, a
 * device or option list (disk, vif, pci, ...), a kernel command line. The toolstack passes the
 * character on as it is, so nothing matches what was meant.
 */
public final class PastedCharacterInValue extends Rule {

    /** Strings by name that are option lists although the catalogue calls them plain strings. */
    private static final Set<String> OPTION_STRINGS = Set.of("extra", "root", "cmdline", "bootargs");
    /** Keys other rules read character by character: invalid-cpus names a dash in a CPU range. */
    private static final Set<String> OWN_RULE = Set.of("cpus", "cpus_soft");

    public PastedCharacterInValue() {
        super(RuleInfo.of("XC026", "pasted-character-in-value", Severity.WARNING, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        KeyCatalogue catalogue = KeyCatalogue.get();
        for (Map.Entry<String, Setting> e : ctx.model().settings().entrySet()) {
            String key = e.getKey();
            KeyCatalogue.Key k = catalogue.key(key);
            if (k == null || OWN_RULE.contains(key) || !namesSomething(k)) {
                continue;
            }
            for (Value v : e.getValue().candidates()) {
                check(ctx, key, v);
            }
        }
    }

    /** A path, or a list type. A class, not lambdas: see StartupPathTest. */
    private static final java.util.function.Predicate<KeyCatalogue.ValueType> PATH_OR_LIST = new java.util.function.Predicate<>() {
        @Override
        public boolean test(KeyCatalogue.ValueType t) {
            return t == KeyCatalogue.ValueType.PATH || t.isList();
        }
    };

    private static boolean namesSomething(KeyCatalogue.Key k) {
        return OPTION_STRINGS.contains(k.name()) || k.type().mentions(PATH_OR_LIST);
    }

    private static void check(RuleContext ctx, String key, Value v) {
        if (v instanceof Value.Str s) {
            checkString(ctx, key, s);
        } else if (v instanceof Value.ListValue list) {
            for (Value item : list.items()) {
                check(ctx, key, item);
            }
        }
    }

    private static void checkString(RuleContext ctx, String key, Value.Str s) {
        String value = s.value();
        int first = -1;
        int count = 0;
        boolean repairable = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (pasted(c)) {
                first = first < 0 ? i : first;
                count++;
                repairable &= !Typography.isQuote(c);
            }
        }
        if (first < 0) {
            return;
        }
        char c = value.charAt(first);
        String meant = Typography.isDash(c) ? "`-`" : Typography.isQuote(c) ? "`'` or `\"`" : "a plain space or nothing";
        String passes = !ctx.isXm() ? "xl passes it on as it is"
                : declaresEncoding(ctx.source().text()) ? "xm passes it on as it is"
                : "xm passes it on as it is (and Python 2.5 or later refuses the whole file unless its first lines "
                    + "declare the encoding)";
        String message = "`" + shorten(value) + "` in `" + key + "` holds " + Typography.describe(c)
                + (count > 1 ? " (and " + (count - 1) + " more such character" + (count > 2 ? "s" : "") + ")" : "")
                + ", as a formatted document writes " + meant + ": " + passes
                + ", and no file, device or option is spelled that way";
        Field whole = Field.of(s);
        Fix fix = repairable && Checks.literal(whole, ctx.source()) ? repair(whole) : null;
        ctx.report(whole.sub(first, first + 1).range(), message, fix);
    }

    /** Whether one of the first two lines declares the file's encoding, as PEP 263 reads it ({@code coding: utf-8}). */
    static boolean declaresEncoding(String text) {
        int start = 0;
        for (int line = 0; line < 2 && start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            String l = text.substring(start, end < 0 ? text.length() : end).strip();
            int coding = l.indexOf("coding");
            if (l.startsWith("#") && coding >= 0 && coding + 6 < l.length()
                    && (l.charAt(coding + 6) == ':' || l.charAt(coding + 6) == '=')) {
                return true;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether a character is one a formatted document substitutes for plain ASCII. */
    private static boolean pasted(char c) {
        return c >= 0xA0 && Typography.name(c) != null; // every such character is above Latin-1's controls
    }

    /** Dashes become `-`, odd spaces a space, invisible characters go: unsafe, since the value changes. */
    private static Fix repair(Field whole) {
        List<Edit> edits = new ArrayList<>();
        String text = whole.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!pasted(c)) {
                continue;
            }
            String plain = Typography.isDash(c) ? "-" : Character.isSpaceChar(c) ? " " : "";
            edits.add(new Edit(whole.sub(i, i + 1).range(), plain));
        }
        return new Fix("replace the pasted characters with plain ones", List.copyOf(edits), Fix.Applicability.UNSAFE);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
