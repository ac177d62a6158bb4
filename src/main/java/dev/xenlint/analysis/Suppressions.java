package dev.xenlint.analysis;

import dev.xenlint.lint.CrossFileRule;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Inline suppressions written as comments:
 * <pre>
 *   key = value  # xenlint: disable=XC101,unknown-key -- reason
 *   # xenlint: disable-next-line=XC101
 *   # xenlint: disable-file=python-in-xl-config
 * </pre>
 * {@code disable} covers the logical line the comment is on (a list spanning
 * lines included); {@code disable-next-line} the next logical line;
 * {@code disable-file} the whole file.
 */
final class Suppressions {

    private static final String MARKER = "xenlint:";

    enum Scope { LINE, NEXT_LINE, FILE }

    /** One selector of one suppression comment. */
    static final class Entry {
        final String selector;
        final TextRange selectorRange;
        final Directive directive;
        boolean used;

        Entry(String selector, TextRange selectorRange, Directive directive) {
            this.selector = selector;
            this.selectorRange = selectorRange;
            this.directive = directive;
        }
    }

    /** One suppression comment. */
    record Directive(Scope scope, TextRange comment, TextRange covers, List<Entry> entries) {
    }

    /** A comment that starts like a suppression but could not be read. */
    record Malformed(TextRange range, String message) {
    }

    final List<Directive> directives = new ArrayList<>();
    final List<Malformed> malformed = new ArrayList<>();

    static Suppressions of(SyntaxTree tree) {
        Suppressions s = new Suppressions();
        if (tree.source().text().indexOf(MARKER) < 0) {
            return s; // no comment can hold a suppression (most files): not worth a walk over every token
        }
        List<LogicalLine> lines = tree.lines();
        int lineIndex = 0;
        List<Token> tokens = tree.tokens();
        for (int index = 0; index < tokens.size(); index++) {
            Token t = tokens.get(index);
            if (!t.is(TokenKind.COMMENT)) {
                continue;
            }
            while (lineIndex < lines.size() && lines.get(lineIndex).lastToken() < index) {
                lineIndex++;
            }
            s.read(tree, t, index, lines, lineIndex);
        }
        return s;
    }

    private void read(SyntaxTree tree, Token comment, int commentIndex, List<LogicalLine> lines, int nextLine) {
        String text = comment.text();
        TextRange range = tree.range(comment);
        int at = 1;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (!text.startsWith(MARKER, at)) {
            return;
        }
        at += MARKER.length();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int eq = text.indexOf('=', at);
        String keyword = eq < 0 ? text.substring(at).trim() : text.substring(at, eq).trim();
        Scope scope = switch (keyword) {
            case "disable" -> Scope.LINE;
            case "disable-next-line" -> Scope.NEXT_LINE;
            case "disable-file" -> Scope.FILE;
            default -> null;
        };
        if (scope == null || eq < 0) {
            malformed.add(new Malformed(range, "cannot read this suppression: write `# xenlint: disable=CODE`, "
                    + "`disable-next-line=CODE` or `disable-file=CODE`"));
            return;
        }
        // the list runs to the first whitespace: a reason (` -- why`) or another comment may follow
        int end = eq + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String list = text.substring(eq + 1, end);
        TextRange covers = switch (scope) {
            case FILE -> new TextRange(0, tree.source().text().length());
            case LINE -> lineContaining(lines, commentIndex, nextLine, range);
            case NEXT_LINE -> nextLineAfter(lines, nextLine, commentIndex);
        };
        List<Entry> entries = new ArrayList<>();
        Directive directive = new Directive(scope, range, covers, entries);
        int offset = eq + 1;
        for (String part : list.split(",", -1)) {
            String selector = part.trim();
            int start = range.start() + offset + part.indexOf(selector);
            offset += part.length() + 1;
            if (selector.isEmpty()) {
                continue;
            }
            entries.add(new Entry(selector, new TextRange(start, start + selector.length()), directive));
        }
        if (entries.isEmpty()) {
            malformed.add(new Malformed(range, "the suppression names no rule"));
            return;
        }
        directives.add(directive);
    }

    private static TextRange lineContaining(List<LogicalLine> lines, int comment, int index, TextRange fallback) {
        if (index < lines.size()) {
            LogicalLine l = lines.get(index);
            if (l.firstToken() < comment && comment <= l.lastToken()) {
                return l.range();
            }
        }
        return fallback; // a comment on a line of its own covers only itself
    }

    private static TextRange nextLineAfter(List<LogicalLine> lines, int index, int comment) {
        for (int i = index; i < lines.size(); i++) {
            if (lines.get(i).firstToken() > comment) {
                return lines.get(i).range();
            }
        }
        return TextRange.empty(0);
    }

    /** Whether a diagnostic is suppressed; marks the suppression that matched as used. */
    boolean suppresses(Diagnostic d, RuleInfo info) {
        if (directives.isEmpty()) {
            return false; // most files: no index to build, no lookup per finding
        }
        if (index == null) {
            index = new Index(directives);
        }
        return index.suppresses(d.range().start(), info);
    }

    private Index index;

    /**
     * The directives grouped by the range they cover and sorted by its start, so that a finding
     * looks only at the few ranges around it; within a group each rule is matched once. Checking
     * N findings against D suppressions costs about N log D, not N times D (a file of 50,000
     * suppressed lines would otherwise take seconds).
     */
    private static final class Index {
        /** A class, not Comparator.comparingInt: the JDK's combinator lambdas are spun at every start. */
        private static final java.util.Comparator<List<Directive>> BY_START = new java.util.Comparator<>() {
            @Override
            public int compare(List<Directive> a, List<Directive> b) {
                return Integer.compare(a.get(0).covers().start(), b.get(0).covers().start());
            }
        };

        private final List<Directive> fileWide = new ArrayList<>();
        private final java.util.Map<String, Boolean> fileWideMatched = new java.util.HashMap<>();
        private final List<List<Directive>> groups = new ArrayList<>(); // by covers, sorted by start
        private final List<java.util.Map<String, Boolean>> matched = new ArrayList<>(); // per group: code -> suppressed
        private final int[] starts;
        private final int[] maxEnds; // the largest end of the groups up to each one

        Index(List<Directive> directives) {
            java.util.Map<TextRange, List<Directive>> byRange = new java.util.HashMap<>();
            for (Directive directive : directives) {
                if (directive.scope() == Scope.FILE) {
                    fileWide.add(directive);
                } else if (!directive.covers().isEmpty()) {
                    List<Directive> g = byRange.get(directive.covers());
                    if (g == null) { // no lambdas here: see StartupPathTest
                        g = new ArrayList<>();
                        groups.add(g);
                        byRange.put(directive.covers(), g);
                    }
                    g.add(directive);
                }
            }
            groups.sort(BY_START); // a stable sort, as before: groups are in the order of their first directive
            starts = new int[groups.size()];
            maxEnds = new int[groups.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < groups.size(); i++) {
                TextRange r = groups.get(i).get(0).covers();
                starts[i] = r.start();
                max = Math.max(max, r.end());
                maxEnds[i] = max;
                matched.add(new java.util.HashMap<>());
            }
        }

        boolean suppresses(int at, RuleInfo info) {
            boolean suppressed = marked(fileWideMatched, fileWide, info);
            // the last group starting at or before `at`, then back while a group may still reach it
            int lo = 0;
            int hi = starts.length - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= at) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            for (int i = last; i >= 0 && maxEnds[i] >= at; i--) {
                List<Directive> group = groups.get(i);
                if (at <= group.get(0).covers().end()) {
                    suppressed |= marked(matched.get(i), group, info);
                }
            }
            return suppressed;
        }

        /** {@link #mark}, once per rule code and group of directives. */
        private static boolean marked(java.util.Map<String, Boolean> done, List<Directive> directives, RuleInfo info) {
            Boolean known = done.get(info.code());
            if (known == null) {
                known = mark(directives, info);
                done.put(info.code(), known);
            }
            return known;
        }

        private static boolean mark(List<Directive> directives, RuleInfo info) {
            boolean suppressed = false;
            for (Directive directive : directives) {
                for (Entry e : directive.entries()) {
                    if (RuleSelection.matches(e.selector, info)) {
                        e.used = true;
                        suppressed = true;
                    }
                }
            }
            return suppressed;
        }
    }

    /**
     * Reports suppressions that suppressed nothing, name no known rule, or
     * cannot be read. A suppression of a rule that is not enabled is not
     * reported: whether it would be used cannot be known.
     */
    void reportUnused(RuleContext ctx, RuleSelection selection) {
        for (Malformed m : malformed) {
            ctx.report(m.range(), m.message());
        }
        for (Directive directive : directives) {
            for (Entry e : directive.entries()) {
                if (e.used) {
                    continue;
                }
                if (!RuleSelection.isKnown(e.selector)) {
                    ctx.report(e.selectorRange, "`" + e.selector + "` is not a xenlint rule code or name; "
                            + "`xenlint rules` lists them");
                    continue;
                }
                boolean anyEnabled = false;
                for (var r : Rules.all()) {
                    if (!(r instanceof CrossFileRule) // judged only when files are checked together
                            && RuleSelection.matches(e.selector, r.info()) && selection.isEnabled(r.info())) {
                        anyEnabled = true;
                        break;
                    }
                }
                if (anyEnabled) {
                    ctx.report(e.selectorRange, "suppression of `" + e.selector + "` is unused: no such finding "
                            + (directive.scope() == Scope.FILE ? "in this file" : "on the line it covers")
                            + "; remove it");
                }
            }
        }
    }
}
