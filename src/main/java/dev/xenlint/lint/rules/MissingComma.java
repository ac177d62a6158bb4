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
import dev.xenlint.model.Value;
import dev.xenlint.syntax.JoinedString;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Two strings side by side in a list: almost always a forgotten comma. Python
 * (xm) joins them into one item, so two disks become one broken disk; xl's
 * parser refuses the file.
 */
public final class MissingComma extends Rule {

    public static final String CODE = "XC020";

    /** Joined values longer than this are shortened in messages. */
    private static final int SHOWN = 60;

    /** xl's messages, the same for every finding (a file of `k = ['a' 'b']` lines has one per line). */
    private static final String XL_MESSAGE =
            "missing comma? xl's parser refuses two strings side by side in a list, so `xl create` stops here";
    private static final String XL_JOINED = XL_MESSAGE + " (xenlint reports nothing else about the two items)";

    public MissingComma() {
        super(RuleInfo.of(CODE, "missing-comma", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        List<TextRange> gaps = gaps(ctx);
        if (gaps.isEmpty()) {
            return;
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Setting s : ctx.model().settings().values()) {
            assignments.addAll(s.assignments());
        }
        for (Setting s : ctx.model().locals().values()) {
            assignments.addAll(s.assignments());
        }
        String text = ctx.source().text();
        // the last assignment whose value holds the gap: looked up, not found by a walk over every assignment
        // for each gap (quadratic: 20,000 lines of `kN = ['a' 'b']` took 27 s)
        PythonInXlConfig.Containing containing = new PythonInXlConfig.Containing(assignments, true);
        for (TextRange gap : gaps) {
            Assignment target = containing.last(TextRange.empty(gap.start()));
            Value.Str joined = target == null ? null : joined(target.operand(), gap.start());
            ctx.report(pointer(text, gap), new Message(ctx.isXm(), target == null ? null : target.key(), joined, gap));
        }
    }

    /**
     * A finding's message, the place of the one item Python makes of the two strings (when the value is
     * known) and the fix that inserts the comma, made when a report reads them: a file may have a gap on
     * every line, and these four fields are all each finding keeps (issue 9).
     *
     * @param key    the key whose value holds the gap, or null
     * @param joined the string Python makes of the two, or null
     */
    private record Message(boolean xm, String key, Value.Str joined, TextRange gap) implements Diagnostic.Message {
        @Override
        public String text() {
            if (!xm) {
                return joined != null ? XL_JOINED : XL_MESSAGE;
            }
            StringBuilder sb = new StringBuilder("missing comma? Python joins the two strings into one ")
                    .append(key == null ? "list item" : "`" + key + "` entry");
            if (joined != null) {
                sb.append(", `").append(shorten(joined.value())).append('`');
            }
            return sb.append(": one broken entry instead of two (xenlint reports nothing else about that entry)")
                    .toString();
        }

        /** The Linter drops other rules' findings inside this entry: they follow from the missing comma. */
        @Override
        public RelatedLocation related() {
            return joined == null ? null : new RelatedLocation(joined.range(), xm
                    ? "the one entry Python makes of the two strings"
                    : "the two list items the missing comma runs together");
        }

        @Override
        public Fix fix() {
            boolean spaced = gap.start() < gap.end();
            return RuleContext.replace("insert a comma", TextRange.empty(gap.start()), spaced ? "," : ", ",
                    Fix.Applicability.UNSAFE);
        }

        @Override
        public Fix.Applicability fixApplicability() {
            return Fix.Applicability.UNSAFE;
        }
    }

    /**
     * Where a comma is missing: the text between two strings that Python joins into one list item
     * (the parser's {@link JoinedString}s that are list items), in file order.
     */
    /** The gaps of the file ({@link #gaps(SyntaxTree)}), found once per file for the rules that ask. */
    static List<TextRange> gaps(RuleContext ctx) {
        return ctx.shared(GAPS);
    }

    private static final java.util.function.Function<dev.xenlint.model.ConfigModel, List<TextRange>> GAPS =
            new java.util.function.Function<>() { // a class, not a lambda: see StartupPathTest
                @Override
                public List<TextRange> apply(dev.xenlint.model.ConfigModel m) {
                    return java.util.Collections.unmodifiableList(gaps(m.syntax()));
                }
            };

    static List<TextRange> gaps(SyntaxTree tree) {
        List<TextRange> out = new ArrayList<>();
        String text = tree.source().text();
        for (JoinedString j : JoinedString.of(tree)) {
            if (j.inList()) {
                for (int i = 0; i < j.gaps().size(); i++) {
                    // after a string that is never closed (a syntax error of its own, which runs to the end of its
                    // line) no comma can help: one inserted there lands inside that string, and the next pass finds
                    // the same gap again
                    if (closed(text, j.parts().get(i))) {
                        out.add(j.gaps().get(i));
                    }
                }
            }
        }
        return out;
    }

    /** Whether a string literal ends with its closing quote (the parser also gives an unterminated one as a string). */
    static boolean closed(String text, TextRange part) {
        int q = part.start();
        while (q < part.end() && text.charAt(q) != '\'' && text.charAt(q) != '"') {
            q++; // a prefix (r, u, b), or a typographic string, which is not this rule's business
        }
        if (q >= part.end()) {
            return true;
        }
        char quote = text.charAt(q);
        int open = q + 2 < part.end() && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote ? 3 : 1;
        if (part.end() - q < 2 * open) {
            return false;
        }
        for (int k = 1; k <= open; k++) {
            if (text.charAt(part.end() - k) != quote) {
                return false;
            }
        }
        int backslashes = 0;
        for (int i = part.end() - open - 1; i >= q + open && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    /** The start offsets of {@code gaps}, in ascending order: what {@link #anyWithin} searches. */
    static int[] starts(List<TextRange> gaps) {
        int[] starts = new int[gaps.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = gaps.get(i).start();
        }
        java.util.Arrays.sort(starts);
        return starts;
    }

    /**
     * Whether a missing comma lies inside the range (a gap starting in it, ends included), given the gaps'
     * sorted starts ({@link #starts}): a binary search, since a rule may ask once per finding.
     */
    static boolean anyWithin(int[] sortedStarts, TextRange range) {
        int lo = 0;
        int hi = sortedStarts.length;
        while (lo < hi) { // the first start >= range.start()
            int mid = (lo + hi) >>> 1;
            if (sortedStarts[mid] < range.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sortedStarts.length && sortedStarts[lo] <= range.end();
    }

    /** The gap on the first string's line: the spaces after it, or an empty range where the comma goes. */
    private static TextRange pointer(String text, TextRange gap) {
        int end = gap.start();
        while (end < gap.end() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return end == gap.end() ? gap : TextRange.empty(gap.start());
    }

    /** The string item of a (possibly nested) list value that spans the offset. */
    private static Value.Str joined(Value v, int at) {
        for (Value option : v.options()) {
            if (option instanceof Value.Str s && s.range().start() <= at && at <= s.range().end()) {
                return s;
            }
            if (option instanceof Value.ListValue list) {
                for (Value item : list.items()) {
                    Value.Str found = joined(item, at);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN - 3) + "...";
    }
}
