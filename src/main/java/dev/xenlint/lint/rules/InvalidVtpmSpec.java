package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Value;
import java.util.Set;

/** An xl vTPM entry without a backend, or with a key xl does not know. */
public final class InvalidVtpmSpec extends Rule {

    public InvalidVtpmSpec() {
        super(RuleInfo.of("XC609", "invalid-vtpm-spec", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str s : ctx.model().listStrings("vtpm")) {
            // read exactly as xl does (xl_parse.c:2404-2433): no trimming, an item without = ends the entry
            KeyValueSpec spec = KeyValueSpec.parseXl(s, KeyValueSpec.XlItems.STOP);
            for (KeyValueSpec.Entry e : spec.entries().values()) {
                String key = e.key().text();
                if (!key.equals("backend") && !key.equals("uuid")) {
                    String spaces = !key.equals(key.strip()) && Set.of("backend", "uuid").contains(key.strip())
                            ? " (xl does not trim spaces inside a vtpm item: write `" + key.strip() + "=`)" : "";
                    ctx.report(e.key().range(), "`" + key + "` is not a vtpm option xl knows (backend, uuid)" + spaces
                            + "; xl stops with \"Unknown string in vtpm spec\" and creates no domain");
                } else if (key.equals("uuid") && !InvalidUuid.canonical(e.value().text())) {
                    ctx.report(e.value().range(), "`" + e.value().text() + "` is not a UUID in the form "
                            + "8-4-4-4-12 hex digits; xl stops with \"Failed to parse vtpm UUID\" and creates no "
                            + "domain");
                }
            }
            if (spec.stoppedAt() != null) {
                Field stop = spec.stoppedAt();
                ctx.reportMild(Severity.WARNING, stop.range(), "`" + stop.text() + "` has no `=`; xl stops reading "
                        + "this vtpm entry here, so it and the items after it are ignored", null);
            }
            if (spec.get("backend") == null) {
                ctx.report(s.range(), "a vtpm entry needs `backend=DOMAIN` (the domain running the vTPM "
                        + "manager); xl refuses it without one");
            }
        }
    }
}
