package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Setting;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A key assigned twice on the same path through the file: the later value
 * silently wins. Assignments in different branches of an {@code if} are
 * alternatives, not duplicates, and {@code +=} extends rather than replaces.
 */
public final class DuplicateKey extends Rule {

    public DuplicateKey() {
        super(RuleInfo.of("XC103", "duplicate-key", Severity.WARNING, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Setting s : ctx.model().settings().values()) {
            Map<String, Assignment> byCondition = new HashMap<>();
            for (Assignment a : s.assignments()) {
                String path = Objects.requireNonNullElse(a.condition(), "");
                if (a.append()) {
                    continue;
                }
                Assignment earlier = byCondition.put(path, a);
                if (earlier != null) {
                    var where = ctx.source().position(earlier.statement().start());
                    ctx.report(a.keyRange(), "`" + s.key() + "` is already set at " + where + "; the toolstack keeps "
                            + "only this later value. Remove one of the two",
                            new Fix("remove the earlier assignment", java.util.List.of(
                                    Checks.removeStatement(ctx.source(), earlier)), Fix.Applicability.UNSAFE),
                            new RelatedLocation(earlier.keyRange(), "first set here"));
                }
            }
        }
    }
}
