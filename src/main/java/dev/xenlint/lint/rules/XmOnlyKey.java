package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A key xm read that xl ignores without a word. */
public final class XmOnlyKey extends Rule {

    /** xm keys whose xl replacement takes the same value. */
    private static final Map<String, String> SAME_VALUE = Map.of("cpu_cap", "cap");

    public XmOnlyKey() {
        super(RuleInfo.of("XC102", "xm-only-key", Severity.WARNING, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Setting s : ctx.model().settings().values()) {
            KeyCatalogue.Key key = KeyCatalogue.get().key(s.key());
            if (key == null || key.xl().isRead() || key.xm() == KeyCatalogue.Support.UNKNOWN) {
                continue;
            }
            String replacement = key.xlReplacement();
            // the replacement may be younger than the target release (cap: xl reads it from 4.2)
            UnknownKey.Since later = replacement == null || replacement.contains(" ") ? null
                    : UnknownKey.notYetRead(replacement, dev.xenlint.model.Dialect.XL, ctx.xenVersion());
            String message = "`" + s.key() + "` is an xm key; xl ignores it, so this setting has no effect"
                    + (replacement == null ? " (xl has no equivalent)"
                    : later != null ? "; xl reads `" + replacement + "` instead only from Xen " + later.since()
                    + ", so xl " + ctx.xenVersion() + " has no equivalent"
                    : "; use `" + replacement + "` instead");
            if (s.key().equals("parallel") && !s.candidates().isEmpty() && allNone(s)) {
                // qemu-xen is started with -nodefaults (tools/libs/light/libxl_dm.c:1029-1032 at c447b7308b)
                message = "`parallel` is an xm key; xl ignores it. The device model xl starts has no parallel port "
                        + "anyway (qemu runs with `-nodefaults`), which is what `none` asks for: the line can go";
            }
            String same = SAME_VALUE.get(s.key());
            if (same != null && later == null && ctx.model().setting(same) == null) {
                List<Edit> edits = new ArrayList<>();
                for (Assignment a : s.assignments()) {
                    edits.add(new Edit(a.keyRange(), same));
                }
                ctx.report(Checks.keyRange(s), message, new Fix("rename to `" + same + "`", edits,
                        Fix.Applicability.SAFE));
            } else {
                ctx.report(Checks.keyRange(s), message);
            }
        }
    }

    /** Whether every value the setting may have is the string "none" (a loop: see StartupPathTest). */
    private static boolean allNone(Setting s) {
        for (dev.xenlint.model.Value v : s.candidates()) {
            if (!(v instanceof dev.xenlint.model.Value.Str str && str.value().equals("none"))) {
                return false;
            }
        }
        return true;
    }
}
