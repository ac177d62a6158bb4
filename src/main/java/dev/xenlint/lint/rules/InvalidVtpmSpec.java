package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;
import dev.xenlint.model.spec.KeyValueSpec;

/** An xl vTPM entry without a backend, or with a key xl does not know. */
public final class InvalidVtpmSpec extends Rule {

    public InvalidVtpmSpec() {
        super(RuleInfo.of("XC609", "invalid-vtpm-spec", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str s : ctx.model().listStrings("vtpm")) {
            KeyValueSpec spec = KeyValueSpec.parse(s);
            for (KeyValueSpec.Entry e : spec.entries().values()) {
                String key = e.key().text();
                if (!key.equals("backend") && !key.equals("uuid")) {
                    ctx.report(e.key().range(), "`" + key + "` is not a vtpm option xl knows (backend, uuid); xl "
                            + "refuses the domain");
                }
            }
            if (spec.get("backend") == null) {
                ctx.report(s.range(), "a vtpm entry needs `backend=DOMAIN` (the domain running the vTPM "
                        + "manager); xl refuses it without one");
            }
        }
    }
}
