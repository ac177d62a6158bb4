package dev.xenlint.lint.rules;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Setting;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
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
            if (s.assignments().size() < 2) {
                continue; // (most keys): nothing to compare, no map made
            }
            Map<String, Assignment> byCondition = new HashMap<>();
            for (Assignment a : s.assignments()) {
                String path = Objects.requireNonNullElse(a.condition(), "");
                if (a.append()) {
                    continue;
                }
                Assignment earlier = byCondition.put(path, a);
                if (earlier != null) {
                    ctx.report(a.keyRange(), new Message(s.key(), ctx.source(), earlier));
                }
            }
        }
    }

    private static final String KEEPS = "; the toolstack keeps only this later value. Remove one of the two";

    /**
     * The message, the earlier assignment's place and the fix that removes it, made when a report reads
     * them: a file that sets one key over and over (a megabyte of {@code k=1;}) has a finding per
     * assignment, all held until reported, and these few fields are all each keeps (issue 9). The message
     * is made in one builder of the right size.
     */
    private record Message(String key, SourceText source, Assignment earlier) implements Diagnostic.Message {
        @Override
        public String text() {
            Position where = source.position(earlier.statement().start());
            StringBuilder sb = new StringBuilder(key.length() + 42 + KEEPS.length());
            return sb.append('`').append(key).append("` is already set at ").append(where.line()).append(':')
                    .append(where.column()).append(KEEPS).toString();
        }

        @Override
        public RelatedLocation related() {
            return new RelatedLocation(earlier.keyRange(), "first set here");
        }

        @Override
        public Fix fix() {
            return new Fix("remove the earlier assignment", Checks.removeStatement(source, earlier),
                    Fix.Applicability.UNSAFE);
        }

        @Override
        public Fix.Applicability fixApplicability() {
            return Fix.Applicability.UNSAFE;
        }
    }
}
