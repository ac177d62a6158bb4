package dev.xenlint.format;

import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Prints a configuration in one canonical layout: {@code key = value} with
 * single spaces, one statement per line, lists on one line when they fit and
 * otherwise one item per line with a trailing comma, at most one blank line
 * in a row, no trailing whitespace, a final newline. Comments stay where they
 * are. Statements that are not plain assignments (the Python of xm files) keep
 * their text and indentation; only trailing whitespace goes.
 *
 * <p>Values are printed from their tokens, never re-evaluated, so the
 * configuration means the same after formatting. Files with syntax errors are
 * not formatted (the caller checks).
 */
public final class Formatter {

    /** How lists and strings are laid out. */
    public record Options(int lineWidth, QuoteStyle quotes) {
        public static final Options DEFAULT = new Options(100, QuoteStyle.PRESERVE);
    }

    /** Which quotes plain strings get. */
    public enum QuoteStyle { PRESERVE, DOUBLE, SINGLE }

    private static final String INDENT = "    ";

    private final SyntaxTree tree;
    private final List<Token> tokens;
    private final Options options;
    private final String nl;
    private final StringBuilder out = new StringBuilder();
    private int breaks; // line breaks seen since the last printed content

    private Formatter(SyntaxTree tree, Options options) {
        this.tree = tree;
        this.tokens = tree.tokens();
        this.options = options;
        this.nl = tree.source().lineEnding();
    }

    public static String format(SyntaxTree tree, Options options) {
        Formatter f = new Formatter(tree, options);
        return f.run();
    }

    private String run() {
        int pos = 0;
        for (LogicalLine line : tree.lines()) {
            gap(pos, line.firstToken());
            line(line);
            pos = line.lastToken() + 1;
        }
        gap(pos, tokens.size());
        return out.toString();
    }

    /** Own-line comments and blank lines between statements. */
    private void gap(int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == XenLexer.NEWLINE) {
                breaks++;
            } else if (t.getType() == XenLexer.COMMENT) {
                startLine();
                out.append(leadingWhitespace(i)).append(t.getText()).append(nl);
                breaks = 0; // the comment's own line break follows
            }
        }
    }

    private void line(LogicalLine line) {
        XenParser.LineContext lt = line.tree();
        String indent = leadingWhitespace(line.firstToken());
        int lastContent = lastContentToken(line);
        Token trailing = trailingComment(line, lastContent);
        List<XenParser.SmallStatementContext> statements = line.smallStatements();
        boolean innerComments = statements.size() > 1 && !comments(line.firstToken(), lastContent).isEmpty();
        if (lt != null && lt.clause() == null && !statements.isEmpty() && !innerComments) {
            for (int k = 0; k < statements.size(); k++) {
                startLine();
                out.append(indent).append(statement(statements.get(k), indent));
                if (k == statements.size() - 1 && trailing != null) {
                    out.append("  ").append(trailing.getText());
                }
                endLine();
            }
            return;
        }
        startLine();
        out.append(indent).append(verbatim(line.firstToken(), lastContent));
        if (trailing != null) {
            out.append("  ").append(trailing.getText());
        }
        endLine();
    }

    /** One statement: a plain assignment laid out canonically, anything else as written. */
    private String statement(XenParser.SmallStatementContext small, String indent) {
        if (small instanceof XenParser.ExpressionStatementContext e && e.testList().size() == 2
                && e.testList(0).test().size() == 1 && e.testList(0).COMMA().isEmpty()
                && (e.augmentedAssign() == null || e.augmentedAssign().getStart().getType() == XenLexer.PLUS_ASSIGN)
                && e.testList(1).COMMA().isEmpty()) {
            String key = verbatim(e.testList(0));
            String op = e.augmentedAssign() == null ? "=" : "+=";
            String prefix = key + " " + op + " ";
            Doc value = value(e.testList(1).test(0));
            if (value != null) {
                return prefix + value.render(indent, indent.length() + prefix.length(), options.lineWidth(), nl);
            }
            return prefix + verbatim(e.testList(1));
        }
        return verbatim(small);
    }

    /** A value as a layout, or null when it is not made of literals and lists (then it is kept as written). */
    private Doc value(XenParser.TestContext test) {
        if (!(test instanceof XenParser.ConditionalTestContext c) || c.IF() != null) {
            return null;
        }
        XenParser.ExprContext expr = c.expr(0);
        if (expr instanceof XenParser.UnaryExprContext u && u.op.getType() == XenLexer.MINUS
                && u.expr() instanceof XenParser.AtomExprContext a && a.atom() instanceof XenParser.NumberAtomContext n) {
            return new Doc.Text("-" + n.getText());
        }
        if (!(expr instanceof XenParser.AtomExprContext a)) {
            return null;
        }
        XenParser.AtomContext atom = a.atom();
        if (atom instanceof XenParser.StringAtomContext s) {
            List<String> parts = new ArrayList<>();
            s.STRING().forEach(t -> parts.add(quote(t.getText())));
            return new Doc.Text(String.join(" ", parts));
        }
        if (atom instanceof XenParser.NumberAtomContext || atom instanceof XenParser.NameAtomContext
                || atom instanceof XenParser.ConstantAtomContext) {
            return new Doc.Text(atom.getText());
        }
        if (atom instanceof XenParser.ListAtomContext l && l.compFor() == null) {
            return list(l);
        }
        return null;
    }

    private Doc list(XenParser.ListAtomContext l) {
        int open = tree.indexOf(l.getStart());
        int close = tree.indexOf(l.getStop());
        List<XenParser.TestContext> items = l.testList() == null ? List.of() : l.testList().test();
        List<Doc.Item> out = new ArrayList<>();
        int cursor = open + 1;
        for (XenParser.TestContext item : items) {
            Doc value = value(item);
            int start = tree.indexOf(item.getStart());
            int stop = tree.indexOf(item.getStop());
            if (value == null) {
                if (!comments(start, stop + 1).isEmpty()) {
                    return null; // a comment inside an item cannot go on one line
                }
                value = new Doc.Text(verbatim(start, stop));
            }
            List<String> before = comments(cursor, start);
            int next = stop + 1;
            // the comma after the item, and a comment on the same line, belong to it
            while (next < close && tokens.get(next).getChannel() != Token.DEFAULT_CHANNEL
                    && tokens.get(next).getType() != XenLexer.COMMENT) {
                next++;
            }
            if (next < close && tokens.get(next).getType() == XenLexer.COMMA) {
                next++;
            }
            int comment = sameLineComment(next, close);
            String after = comment < 0 ? null : tokens.get(comment).getText();
            if (comment >= 0) {
                next = comment + 1;
            }
            if (value instanceof Doc.ListDoc nested && nested.hasComments()) {
                return null; // comments inside nested lists: keep the statement as written
            }
            out.add(new Doc.Item(before, value, after));
            cursor = next;
        }
        List<String> trailing = comments(cursor, close);
        return new Doc.ListDoc(out, trailing);
    }

    /** Comment texts among tokens [from, to). */
    private List<String> comments(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).getType() == XenLexer.COMMENT) {
                out.add(tokens.get(i).getText());
            }
        }
        return out;
    }

    /** Index of a comment before the next line break or content among [from, to), or -1. */
    private int sameLineComment(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.getType() == XenLexer.COMMENT) {
                return i;
            }
            if (t.getType() == XenLexer.NEWLINE || t.getChannel() == Token.DEFAULT_CHANNEL) {
                return -1;
            }
        }
        return -1;
    }

    /** A string token in the configured quote style, when that changes nothing else. */
    private String quote(String token) {
        if (options.quotes() == QuoteStyle.PRESERVE || token.length() < 2) {
            return token;
        }
        char q = token.charAt(0);
        char want = options.quotes() == QuoteStyle.DOUBLE ? '"' : '\'';
        if (q == want || (q != '"' && q != '\'') || token.startsWith("\"\"\"") || token.startsWith("'''")
                || token.charAt(token.length() - 1) != q) {
            return token;
        }
        String body = token.substring(1, token.length() - 1);
        if (body.indexOf('"') >= 0 || body.indexOf('\'') >= 0 || body.indexOf('\\') >= 0) {
            return token;
        }
        return want + body + want;
    }

    private String verbatim(ParserRuleContext ctx) {
        return verbatim(tree.indexOf(ctx.getStart()), tree.indexOf(ctx.getStop()));
    }

    /** Tokens [first, last] as written, without whitespace at the end of each line. */
    private String verbatim(int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.getType() == Token.EOF) {
                break;
            }
            if (t.getType() == XenLexer.WS && i + 1 < tokens.size()
                    && (tokens.get(i + 1).getType() == XenLexer.NEWLINE || i == last)) {
                continue;
            }
            sb.append(t.getText());
        }
        return sb.toString();
    }

    private int lastContentToken(LogicalLine line) {
        int i = line.lastToken();
        while (i > line.firstToken() && (tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL
                || tokens.get(i).getType() == XenLexer.NEWLINE)) {
            i--;
        }
        return i;
    }

    private Token trailingComment(LogicalLine line, int lastContent) {
        for (int i = lastContent + 1; i <= line.lastToken(); i++) {
            if (tokens.get(i).getType() == XenLexer.COMMENT) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The whitespace between the start of the physical line and token {@code index}. */
    private String leadingWhitespace(int index) {
        if (index > 0 && tokens.get(index - 1).getType() == XenLexer.WS
                && (index == 1 || tokens.get(index - 2).getType() == XenLexer.NEWLINE)) {
            return tokens.get(index - 1).getText();
        }
        return "";
    }

    private void startLine() {
        if (out.length() > 0 && breaks >= 2) {
            out.append(nl);
        }
    }

    private void endLine() {
        out.append(nl);
        breaks = 1;
    }

    /** A value's layout. */
    sealed interface Doc permits Doc.Text, Doc.ListDoc {

        /** Renders at column {@code column}; continuation lines start with {@code indent}. */
        String render(String indent, int column, int width, String nl);

        /** The value on one line. */
        String flat();

        record Text(String text) implements Doc {
            @Override
            public String render(String indent, int column, int width, String nl) {
                return text;
            }

            @Override
            public String flat() {
                return text;
            }
        }

        /** One list item, with own-line comments before it and a comment after it on its line. */
        record Item(List<String> before, Doc value, String after) {
        }

        record ListDoc(List<Item> items, List<String> trailing) implements Doc {
            boolean hasComments() {
                return !trailing.isEmpty() || items.stream().anyMatch(i -> !i.before().isEmpty() || i.after() != null);
            }

            @Override
            public String flat() {
                if (items.isEmpty()) {
                    return "[]";
                }
                List<String> parts = new ArrayList<>();
                items.forEach(i -> parts.add(i.value().flat()));
                return "[ " + String.join(", ", parts) + " ]";
            }

            @Override
            public String render(String indent, int column, int width, String nl) {
                String flat = flat();
                if (!hasComments() && column + flat.length() <= width) {
                    return flat;
                }
                String inner = indent + INDENT;
                StringBuilder sb = new StringBuilder("[").append(nl);
                for (Item item : items) {
                    for (String c : item.before()) {
                        sb.append(inner).append(c).append(nl);
                    }
                    sb.append(inner).append(item.value().flat()).append(',');
                    if (item.after() != null) {
                        sb.append("  ").append(item.after());
                    }
                    sb.append(nl);
                }
                for (String c : trailing) {
                    sb.append(inner).append(c).append(nl);
                }
                return sb.append(indent).append(']').toString();
            }
        }
    }
}
