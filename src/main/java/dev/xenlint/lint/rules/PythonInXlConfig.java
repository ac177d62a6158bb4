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
        List<Assignment> assignments = new ArrayList<>();
        for (Setting s : ctx.model().settings().values()) {
            assignments.addAll(s.assignments());
        }
        for (Setting s : ctx.model().locals().values()) {
            assignments.addAll(s.assignments());
        }
        // strings side by side in a list are a missing comma (missing-comma reports them and inserts it);
        // writing the joined string back would make the mistake permanent
        List<dev.xenlint.text.TextRange> gaps = MissingComma.gaps(ctx.model().syntax());
        for (PythonUse use : ctx.model().pythonUses()) {
            if (StatementWithoutEffect.isMistypedAssignment(ctx, use.range())) {
                continue; // `key == value`: statement-without-effect says "did you mean `=`?" and fixes it
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
            String literal = null;
            Assignment target = null;
            for (Assignment a : assignments) {
                if (!a.isConditional() && a.valueRange().start() <= use.range().start()
                        && use.range().end() <= a.valueRange().end()) {
                    target = a;
                    literal = a.append() || MissingComma.anyWithin(gaps, a.valueRange()) ? null : XlLiteral.of(a.value());
                }
            }
            String message = use.what() + " is Python, which xl's parser rejects: `xl create` stops at this line";
            if (literal != null) {
                ctx.report(use.range(), message + "; write the value it stands for, `" + literal + "`",
                        RuleContext.replace("replace the expression with its value", target.valueRange(), literal,
                                Fix.Applicability.SAFE));
            } else {
                ctx.report(use.range(), message + "; xl reads only `key = value` with quoted strings, whole numbers "
                        + "and lists");
            }
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
