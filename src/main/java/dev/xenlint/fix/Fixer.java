package dev.xenlint.fix;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.model.Dialect;
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
     * @param dialectKept fixes withheld because they would have changed the detected dialect (same form)
     * @param refired    fixes withheld because they would edit what the same kind of fix inserted in the pass
     *                   before (a fix that does not resolve its finding would otherwise grow the file every pass)
     */
    public record Result(String text, int applied, boolean capReached, List<String> rolledBack, Analysis last,
                         List<String> dialectKept, List<String> refired) {
        public Result(String text, int applied, boolean capReached, List<String> rolledBack, Analysis last) {
            this(text, applied, capReached, rolledBack, last, List.of(), List.of());
        }

        public Result(String text, int applied, boolean capReached, List<String> rolledBack, Analysis last,
                      List<String> dialectKept) {
            this(text, applied, capReached, rolledBack, last, dialectKept, List.of());
        }

        /** Whether the text changed, or the byte order mark was removed. */
        public boolean changed(SourceText original) {
            return !text.equals(original.text()) || last.source().hasBom() != original.hasBom();
        }
    }

    public static Result fix(SourceText source, LintOptions options, boolean unsafe) {
        return fix(source, text -> Linter.analyze(text, options), options.dialect() == null, unsafe);
    }

    /** The fixer over any analysis (tests give one with fixes of their own). */
    static Result fix(SourceText source, java.util.function.Function<SourceText, Analysis> analyze,
                      boolean dialectDetected, boolean unsafe) {
        SourceText current = source;
        Analysis analysis = analyze.apply(current);
        // with --dialect auto, the dialect was read from the file: a fix must not read it differently
        Dialect detected = dialectDetected ? analysis.model().dialect() : null;
        int applied = 0;
        List<String> rolledBack = new ArrayList<>();
        List<String> dialectKept = new ArrayList<>();
        java.util.Set<String> withheld = new java.util.HashSet<>(); // asked once per candidate fix
        List<String> refired = new ArrayList<>();
        List<Inserted> inserted = List.of(); // what the last applied pass inserted, in the current text
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Fix> chosen = choose(analysis, unsafe, withheld);
            for (java.util.Iterator<Fix> it = chosen.iterator(); it.hasNext(); ) {
                Fix f = it.next();
                if (refires(f, inserted)) {
                    it.remove();
                    refired.add(key(f));
                    withheld.add(key(f));
                }
            }
            if (chosen.isEmpty()) {
                return new Result(current.text(), applied, false, rolledBack, analysis, dialectKept, refired);
            }
            boolean dropsBom = chosen.stream().anyMatch(f -> f.edits().stream().anyMatch(Edit::dropsBom));
            SourceText next = (dropsBom ? current.withoutBom() : current).withText(apply(current.text(), chosen));
            Analysis after = analyze.apply(next);
            if (syntaxErrors(after) > syntaxErrors(analysis)) {
                // keep the file parseable: withhold this pass's fixes and try without them
                for (Fix f : chosen) {
                    rolledBack.add(key(f));
                    withheld.add(key(f));
                }
                continue;
            }
            if (detected != null && after.model().dialect() != detected) {
                // an unsafe fix (a did-you-mean to an xm-only key, say) would make an xl file read as xm, or the
                // reverse, and change what every other rule says: withhold the pass's unsafe fixes (all of its
                // fixes if it had none) and try again without them
                boolean anyUnsafe = chosen.stream().anyMatch(f -> f.applicability() != Fix.Applicability.SAFE);
                for (Fix f : chosen) {
                    if (!anyUnsafe || f.applicability() != Fix.Applicability.SAFE) {
                        dialectKept.add(key(f));
                        withheld.add(key(f));
                    }
                }
                continue;
            }
            applied += chosen.size();
            current = next;
            analysis = after;
            inserted = inserted(chosen);
        }
        List<Inserted> last = inserted;
        boolean pending = choose(analysis, unsafe, withheld).stream().anyMatch(f -> !refires(f, last));
        return new Result(current.text(), applied, pending, rolledBack, analysis, dialectKept, refired);
    }

    /** Text a fix inserted: where it now lies, and the fix's description. */
    private record Inserted(String description, int start, int end) {
    }

    /** Where the replacements of one pass's fixes lie in the text after it. */
    private static List<Inserted> inserted(List<Fix> chosen) {
        List<Object[]> edits = new ArrayList<>();
        for (Fix f : chosen) {
            for (Edit e : f.edits()) {
                edits.add(new Object[] {e, f.description()});
            }
        }
        edits.sort(Comparator.comparingInt(o -> ((Edit) o[0]).range().start()));
        List<Inserted> out = new ArrayList<>();
        int shift = 0;
        for (Object[] o : edits) {
            Edit e = (Edit) o[0];
            int start = e.range().start() + shift;
            if (!e.replacement().isEmpty()) {
                out.add(new Inserted((String) o[1], start, start + e.replacement().length()));
            }
            shift += e.replacement().length() - (e.range().end() - e.range().start());
        }
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).start() < out.get(i - 1).start() || out.get(i).end() < out.get(i - 1).end()) {
                return out; // (not for the edits of one pass, which do not overlap)
            }
        }
        return new Ordered(out);
    }

    /**
     * What a pass inserted, when both starts and ends only grow (as for the non-overlapping edits of a pass):
     * the insertions an edit touches are then one run, found by a binary search for the first that ends at
     * or after the edit's start, rather than a walk over all of them for each fix of the next pass (quadratic
     * in fixes per pass).
     */
    private static final class Ordered extends java.util.AbstractList<Inserted> implements java.util.RandomAccess {
        private final List<Inserted> in;

        Ordered(List<Inserted> in) {
            this.in = in;
        }

        @Override
        public Inserted get(int index) {
            return in.get(index);
        }

        @Override
        public int size() {
            return in.size();
        }

        boolean refires(Fix f) {
            for (Edit e : f.edits()) {
                int lo = 0;
                int hi = in.size();
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (in.get(mid).end() < e.range().start()) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                for (int i = lo; i < in.size() && in.get(i).start() <= e.range().end(); i++) {
                    if (in.get(i).description().equals(f.description())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Whether a fix edits text the same kind of fix inserted in the pass before: it did not resolve its finding. */
    private static boolean refires(Fix f, List<Inserted> inserted) {
        if (inserted.isEmpty()) {
            return false;
        }
        if (inserted instanceof Ordered ordered) {
            return ordered.refires(f);
        }
        for (Inserted i : inserted) {
            if (!i.description().equals(f.description())) {
                continue;
            }
            for (Edit e : f.edits()) {
                if (e.range().start() <= i.end() && i.start() <= e.range().end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The fixes to apply in one pass: allowed, not withheld, and not overlapping one chosen earlier. */
    private static List<Fix> choose(Analysis analysis, boolean unsafe, java.util.Set<String> withheld) {
        List<Fix> candidates = new ArrayList<>();
        java.util.BitSet broken = linesWithSyntaxErrors(analysis);
        ErrorSpans errors = null; // made at the first fix on a broken line
        for (Diagnostic d : analysis.diagnostics()) {
            Fix f = d.fix();
            if (f != null && (unsafe || f.applicability() == Fix.Applicability.SAFE) && !f.edits().isEmpty()
                    && (withheld.isEmpty() || !withheld.contains(key(f)))) {
                if (touches(analysis.source(), f, broken)) {
                    if (errors == null) {
                        errors = new ErrorSpans(analysis.syntax().errors());
                    }
                    if (!errors.meets(d.range())) {
                        continue;
                    }
                }
                candidates.add(f);
            }
        }
        candidates.sort(Comparator.comparingInt(f -> f.edits().stream().mapToInt(e -> e.range().start()).min()
                .orElse(0)));
        List<Fix> chosen = new ArrayList<>();
        Taken taken = new Taken();
        for (Fix f : candidates) {
            boolean clash = false;
            for (Edit e : f.edits()) {
                clash |= taken.overlapsAny(e);
            }
            if (!clash) {
                chosen.add(f);
                for (Edit e : f.edits()) {
                    taken.add(e);
                }
            }
        }
        return chosen;
    }

    /**
     * The edits of the fixes chosen so far, by where they start, so that a new edit is compared only with those
     * that could overlap it: an overlapping edit starts at or before the new one's end and ends at or after its
     * start, so the search stops at starts more than the longest edit's length before it. (Comparing every
     * edit with every one taken was quadratic in fixes: `--fix` of 24,000 lines, each split in two, took 9 s.)
     */
    private static final class Taken {
        private final java.util.TreeMap<Integer, List<Edit>> byStart = new java.util.TreeMap<>();
        private int longest;

        void add(Edit e) {
            byStart.computeIfAbsent(e.range().start(), k -> new ArrayList<>(1)).add(e);
            longest = Math.max(longest, e.range().length());
        }

        boolean overlapsAny(Edit e) {
            int from = e.range().start() - longest; // a start before this ends before e starts
            for (List<Edit> at : byStart.subMap(from, true, e.range().end(), true).descendingMap().values()) {
                for (Edit t : at) {
                    if (overlaps(e, t)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Lines with a syntax error: where the parser recovered, a statement's
     * extent is a guess, so a fix there (removing a statement, say) could
     * leave the rest of the broken line behind as new junk. No fix touches them.
     */
    private static java.util.BitSet linesWithSyntaxErrors(Analysis analysis) {
        java.util.BitSet lines = new java.util.BitSet();
        var index = analysis.source().lines();
        List<dev.xenlint.syntax.SyntaxError> errors = new ArrayList<>(analysis.syntax().errors());
        errors.addAll(analysis.syntax().indentationErrors());
        for (var e : errors) {
            int from = index.lineOf(e.range().start());
            int to = index.lineOf(Math.max(e.range().start(), e.range().end() - 1));
            lines.set(from, to + 1);
        }
        return lines;
    }

    /**
     * The syntax errors of a file, to ask whether a finding is about the broken text itself (`memory = 2G`):
     * then its fix is what repairs the line. A finding meets an error when their ranges touch or intersect
     * (error start <= finding end and finding start <= error end), so the errors are sorted by start with the
     * greatest end so far: the errors starting at or before the finding's end meet it if the greatest of their
     * ends reaches its start. (Walking every error for each fix was quadratic: 24,000 lines, each a syntax
     * error with its repair, spent most of `--fix` there.)
     */
    static final class ErrorSpans {
        private final int[] starts;
        private final int[] maxEnds;

        ErrorSpans(List<dev.xenlint.syntax.SyntaxError> errors) {
            long[] spans = new long[errors.size()];
            int[] ends = new int[errors.size()];
            for (int i = 0; i < spans.length; i++) {
                spans[i] = (long) errors.get(i).range().start() << 32 | i;
                ends[i] = errors.get(i).range().end();
            }
            java.util.Arrays.sort(spans);
            starts = new int[spans.length];
            maxEnds = new int[spans.length];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < spans.length; i++) {
                starts[i] = (int) (spans[i] >>> 32);
                max = Math.max(max, ends[(int) spans[i]]);
                maxEnds[i] = max;
            }
        }

        boolean meets(dev.xenlint.text.TextRange r) {
            int lo = 0;
            int hi = starts.length; // first index whose start is after r's end
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= r.end()) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && maxEnds[lo - 1] >= r.start();
        }
    }

    private static boolean touches(SourceText source, Fix f, java.util.BitSet lines) {
        if (lines.isEmpty()) {
            return false;
        }
        var index = source.lines();
        for (Edit e : f.edits()) {
            int from = index.lineOf(e.range().start());
            int to = index.lineOf(Math.max(e.range().start(), e.range().end() - 1));
            if (lines.nextSetBit(from) >= 0 && lines.nextSetBit(from) <= to) {
                return true;
            }
        }
        return false;
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
        boolean apart = true; // each edit ends at or before the next one (in the text) starts, no two at one point
        for (int i = edits.size() - 1; i > 0 && apart; i--) {
            apart = edits.get(i).range().end() <= edits.get(i - 1).range().start()
                    && edits.get(i).range().start() < edits.get(i - 1).range().start();
        }
        if (apart) {
            // the same text written front to back: replacing from the back moved the rest of the text on each
            // edit that changes the length (quadratic for a fix on every line)
            StringBuilder sb = new StringBuilder(text.length() + 16);
            int at = 0;
            for (int i = edits.size() - 1; i >= 0; i--) {
                Edit e = edits.get(i);
                sb.append(text, at, e.range().start()).append(e.replacement());
                at = e.range().end();
            }
            return sb.append(text, at, text.length()).toString();
        }
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
