package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.XlSyntax;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * What xl's own parser refuses although Python would read it: CRLF or CR line endings, a byte order
 * mark, a comment on the last line without a newline, upper-case hex digits, form feeds and other
 * characters outside strings. Places already reported as syntax errors, Python or bad escapes are left
 * to those rules.
 */
public final class XlRefusesFile extends Rule {

    private static final String REFUSES = "xl refuses the whole file (`xl create` stops with \"Failed to parse "
            + "config\"): ";

    public XlRefusesFile() {
        super(RuleInfo.of("XC005", "xl-refuses-file", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        SyntaxTree tree = ctx.model().syntax();
        String text = ctx.source().text();
        List<XlSyntax.Problem> returns = new ArrayList<>();
        var index = ctx.source().lines();
        int lastLine = -1; // one finding per line: after a lexical error xl skips a word, and what follows may not parse
        int quietUntil = -1; // after a lexical error, up to the next LF, grammar errors follow from it
        ReportedLines reported = null;
        XlSyntax.Problem commentAtEnd = null;
        for (XlSyntax.Problem p : tree.xl().problems()) {
            if (p.kind() == XlSyntax.Kind.GRAMMAR && p.range().start() <= quietUntil) {
                continue;
            }
            if (p.kind() != XlSyntax.Kind.GRAMMAR && p.kind() != XlSyntax.Kind.DROPPED_ESCAPE) {
                int lf = text.indexOf('\n', p.range().start());
                quietUntil = lf < 0 ? text.length() : lf;
            }
            int line = index.lineOf(p.range().start(), lastLine);
            if (p.kind() != XlSyntax.Kind.CARRIAGE_RETURN && p.kind() != XlSyntax.Kind.ESCAPE
                    && p.kind() != XlSyntax.Kind.DROPPED_ESCAPE) {
                if (line == lastLine) {
                    continue;
                }
                lastLine = line;
            }
            switch (p.kind()) {
                case ESCAPE, DROPPED_ESCAPE -> { } // invalid-string-escape
                case CARRIAGE_RETURN -> returns.add(p);
                case BOM -> ctx.report(p.range(), REFUSES + p.message() + "; save it as UTF-8 without a BOM",
                        new Fix("remove the byte order mark", List.of(Edit.removeByteOrderMark()),
                                Fix.Applicability.SAFE));
                case COMMENT_AT_END -> commentAtEnd = p;
                default -> {
                    // a grammar error may show only at the next line's first token (a list never closed)
                    int before = p.kind() == XlSyntax.Kind.GRAMMAR ? 1 : 0;
                    if (reported == null) {
                        reported = ReportedLines.of(tree, ctx);
                    }
                    if (!reported.any(line - before, line)) {
                        ctx.report(p.range(), REFUSES + p.message());
                    }
                }
            }
        }
        if (!returns.isEmpty()) {
            lineEndings(ctx, text, returns);
        }
        // in a file of CR lines, xl's comment runs on over them to the end: the CR finding says why, and its fix
        // (LF endings) ends the comment; here the comment is not on the file's last line
        if (commentAtEnd != null && !(!returns.isEmpty() && text.indexOf('\n') < 0
                && text.indexOf('\r', commentAtEnd.range().start()) >= 0)) {
            ctx.report(commentAtEnd.range(), REFUSES + commentAtEnd.message(),
                    RuleContext.replace("add the final newline", TextRange.empty(text.length()), "\n",
                            Fix.Applicability.SAFE));
        }
    }

    /** One finding for all carriage returns; the fix turns CRLF into LF (and lone CRs too when the file has no LF). */
    private static void lineEndings(RuleContext ctx, String text, List<XlSyntax.Problem> returns) {
        boolean crlf = false;
        boolean lone = false;
        for (XlSyntax.Problem p : returns) {
            int at = p.range().start();
            if (at + 1 < text.length() && text.charAt(at + 1) == '\n') {
                crlf = true;
            } else {
                lone = true;
            }
        }
        boolean anyLf = text.indexOf('\n') >= 0;
        String what = crlf && !lone ? "the file has CRLF (Windows) line endings"
                : lone && !anyLf ? "the file has CR (old Mac) line endings"
                : "the file has carriage returns outside strings";
        List<Edit> edits = new ArrayList<>();
        boolean unambiguous = true;
        for (int at = text.indexOf("\r\n"); at >= 0; at = text.indexOf("\r\n", at + 2)) {
            edits.add(new Edit(new TextRange(at, at + 1), "")); // every CRLF, comments included
        }
        if (!anyLf) {
            // in a file without LF every CR is a line break, also those xl's lexer never reports: after a lexical
            // error it skips to the next space, so a CR after a stray one, or in what follows a `#`, is not among
            // its errors
            for (int at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
                edits.add(new Edit(new TextRange(at, at + 1), "\n"));
            }
        } else {
            for (XlSyntax.Problem p : returns) {
                int at = p.range().start();
                if (at + 1 >= text.length() || text.charAt(at + 1) != '\n') {
                    unambiguous = false; // a lone CR in a file of LF lines: a line break or a stray character?
                }
            }
        }
        int count = anyLf ? returns.size() : edits.size(); // without LF, each CR (and only CRs) is an edit
        String message = REFUSES + what + ", and xl's parser accepts only LF: each carriage return outside a "
                + "string is a lexical error (" + count + " of them)";
        Fix fix = unambiguous ? RuleContext.edits("convert the line endings to LF", Fix.Applicability.SAFE,
                edits.toArray(new Edit[0])) : null;
        ctx.report(returns.get(0).range(), message, fix);
    }

    /**
     * The lines a syntax error or a Python construct is reported on, counted once per file so that
     * asking for each of many problems stays linear: {@code covered[i]} is how many of lines
     * {@code 0..i-1} are covered.
     */
    private record ReportedLines(int[] covered) {

        static ReportedLines of(SyntaxTree tree, RuleContext ctx) {
            var index = ctx.source().lines();
            int lines = index.lineCount() + 2;
            int[] starts = new int[lines + 1];
            List<TextRange> ranges = new ArrayList<>();
            for (var e : tree.errors()) { // loops, not forEach: see StartupPathTest
                ranges.add(e.range());
            }
            for (var u : ctx.model().pythonUses()) {
                ranges.add(u.range());
            }
            ranges.addAll(MissingComma.gaps(ctx)); // two strings side by side in a list: missing-comma
            int near = 0;
            for (TextRange r : ranges) { // mostly in order, one or two lines each
                int from = Math.max(0, index.lineOf(r.start(), near));
                near = index.lineOf(r.end(), from);
                int to = Math.min(lines - 1, Math.max(from, near));
                starts[from]++;
                starts[to + 1]--;
            }
            int[] covered = new int[lines + 1];
            int depth = 0;
            for (int i = 0; i < lines; i++) {
                depth += starts[i];
                covered[i + 1] = covered[i] + (depth > 0 ? 1 : 0);
            }
            return new ReportedLines(covered);
        }

        /** Whether a line in {@code [from, to]} is covered. */
        boolean any(int from, int to) {
            int lo = Math.max(0, from);
            int hi = Math.min(covered.length - 2, to);
            return lo <= hi && covered[hi + 1] - covered[lo] > 0;
        }
    }
}
