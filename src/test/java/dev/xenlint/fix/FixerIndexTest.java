package dev.xenlint.fix;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.syntax.SyntaxError;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fixer's look-ups that replaced walks over every error or edit give what the walks gave. */
class FixerIndexTest {

    @Test
    void errorSpansMeetWhatAWalkOverEveryErrorMeets() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<SyntaxError> errors = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                int start = random.nextInt(60);
                errors.add(new SyntaxError(new TextRange(start, start + random.nextInt(random.nextBoolean() ? 3 : 30)),
                        "e", null));
            }
            Fixer.ErrorSpans spans = new Fixer.ErrorSpans(errors);
            for (int q = 0; q < 40; q++) {
                int start = random.nextInt(70);
                TextRange r = new TextRange(start, start + random.nextInt(6));
                boolean walk = false;
                for (SyntaxError e : errors) {
                    walk |= r.start() <= e.range().end() && e.range().start() <= r.end();
                }
                assertEquals(walk, spans.meets(r), errors + " and " + r);
            }
        }
    }

    @Test
    void applyingEditsFrontToBackGivesWhatReplacingFromTheBackGives() {
        Random random = new Random(11);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            List<Fix> fixes = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                int start = random.nextInt(text.length() + 1);
                int end = Math.min(text.length(), start + random.nextInt(4));
                fixes.add(new Fix("f", List.of(new Edit(new TextRange(start, end), "x".repeat(random.nextInt(3)))),
                        Fix.Applicability.SAFE));
            }
            List<Edit> edits = new ArrayList<>();
            fixes.forEach(f -> edits.addAll(f.edits()));
            edits.sort(java.util.Comparator.comparingInt((Edit e) -> e.range().start()).reversed());
            StringBuilder expected = new StringBuilder(text);
            for (Edit e : edits) {
                expected.replace(e.range().start(), e.range().end(), e.replacement());
            }
            assertEquals(expected.toString(), Fixer.apply(text.toString(), fixes), text + " with " + fixes);
        }
    }
}
