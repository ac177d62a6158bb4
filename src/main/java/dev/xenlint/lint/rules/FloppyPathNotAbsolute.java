package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** xm looks for floppy images only at absolute paths. */
public final class FloppyPathNotAbsolute extends Rule {

    public FloppyPathNotAbsolute() {
        super(RuleInfo.of("XC706", "floppy-path-not-absolute", Severity.ERROR, RuleInfo.XM, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (String key : new String[] {"fda", "fdb"}) {
            for (Value.Str v : ctx.model().strings(key)) {
                if (!v.value().isEmpty() && !v.value().startsWith("/")) {
                    ctx.report(v.range(), "`" + key + "` must be an absolute path; xm refuses `" + v.value()
                            + "` with \"Floppy file does not exist\"");
                }
            }
        }
    }
}
