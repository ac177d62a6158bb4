package dev.xenlint.fix;

import dev.xenlint.lint.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.LintOptions;
import dev.xenlint.lint.Linter;
import dev.xenlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the fixes rules attach to their diagnostics: in each pass the
 * non-overlapping fixes are applied, the text re-parsed and re-linted, and
 * passes repeat until nothing changes. A pass that would add a syntax error
 * is rolled back.
 */
public final class Fixer {

    /** Most passes before giving up; reported when reached. */
    public static final int MAX_PASSES = 10;

    private Fixer() {
    }

    /**
     * @param text       the fixed text (the input when nothing applied)
     * @param applied    how many fixes were applied
     * @param capReached whether fixes were still pending after {@link #MAX_PASSES} passes
     * @param rolledBack fixes withheld because they broke the syntax ("description at offset N")
     * @param last       the analysis of the final text
     */
    public record Result(String text, int applied, boolean capReached, List<String> rolledBack, Analysis last) {
        public boolean changed(SourceText original) {
            return !text.equals(original.text());
        }
    }

    public static Result fix(SourceText source, LintOptions options, boolean unsafe) {
        SourceText current = source;
        Analysis analysis = Linter.analyze(current, options);
        int applied = 0;
        List<String> rolledBack = new ArrayList<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Fix> chosen = choose(analysis, unsafe, rolledBack);
            if (chosen.isEmpty()) {
                return new Result(current.text(), applied, false, rolledBack, analysis);
            }
            SourceText next = current.withText(apply(current.text(), chosen));
            Analysis after = Linter.analyze(next, options);
            if (syntaxErrors(after) > syntaxErrors(analysis)) {
                // keep the file parseable: withhold this pass's fixes and try without them
                for (Fix f : chosen) {
                    rolledBack.add(key(f));
                }
                continue;
            }
            applied += chosen.size();
            current = next;
            analysis = after;
        }
        boolean pending = !choose(analysis, unsafe, rolledBack).isEmpty();
        return new Result(current.text(), applied, pending, rolledBack, analysis);
    }

    /** The fixes to apply in one pass: allowed, not withheld, and not overlapping one chosen earlier. */
    private static List<Fix> choose(Analysis analysis, boolean unsafe, List<String> withheld) {
        List<Fix> candidates = new ArrayList<>();
        for (Diagnostic d : analysis.diagnostics()) {
            Fix f = d.fix();
            if (f != null && (unsafe || f.applicability() == Fix.Applicability.SAFE) && !f.edits().isEmpty()
                    && !withheld.contains(key(f))) {
                candidates.add(f);
            }
        }
        candidates.sort(Comparator.comparingInt(f -> f.edits().stream().mapToInt(e -> e.range().start()).min()
                .orElse(0)));
        List<Fix> chosen = new ArrayList<>();
        List<Edit> taken = new ArrayList<>();
        for (Fix f : candidates) {
            boolean clash = false;
            for (Edit e : f.edits()) {
                for (Edit t : taken) {
                    clash |= overlaps(e, t);
                }
            }
            if (!clash) {
                chosen.add(f);
                taken.addAll(f.edits());
            }
        }
        return chosen;
    }

    /** Identifies a fix across passes: its description and where its first edit starts. */
    private static String key(Fix f) {
        return f.description() + " at offset " + f.edits().get(0).range().start();
    }

    /** Edits overlap when their ranges intersect or both insert at one point. */
    static boolean overlaps(Edit a, Edit b) {
        var x = a.range();
        var y = b.range();
        return x.start() < y.end() && y.start() < x.end() || x.start() == y.start()
                || x.isEmpty() && y.start() < x.start() && x.start() < y.end()
                || y.isEmpty() && x.start() < y.start() && y.start() < x.end();
    }

    static String apply(String text, List<Fix> fixes) {
        List<Edit> edits = new ArrayList<>();
        fixes.forEach(f -> edits.addAll(f.edits()));
        edits.sort(Comparator.comparingInt((Edit e) -> e.range().start()).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (Edit e : edits) {
            sb.replace(e.range().start(), e.range().end(), e.replacement());
        }
        return sb.toString();
    }

    private static long syntaxErrors(Analysis a) {
        return a.syntax().errors().size() + a.syntax().indentationErrors().size();
    }
}
