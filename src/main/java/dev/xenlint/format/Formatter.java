package dev.xenlint.format;

import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.NodeKind;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.syntax.XlSyntax;
import java.util.ArrayList;
import java.util.List;

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
        if (!tree.errors().isEmpty() || !tree.indentationErrors().isEmpty() || loneCarriageReturnAmongOthers(tree)
                || formFeedBetweenTokens(tree)) {
            // the caller refuses files with syntax errors; where it may not see them (an xl file with text
            // xl accepts but Python does not, a suppressed syntax error) the text stays as it is: a line
            // the parser did not read whole would lose the characters it skipped
            return tree.source().text();
        }
        Formatter f = new Formatter(tree, options);
        return withoutFinalBreakXlWouldRead(tree, f.run());
    }

    /**
     * The formatted text without its final line break when the file had none and the break would make
     * xl refuse it: a character xl's lexer does not know, left as the very last byte of the file, is
     * dropped (flex meets the end of the input before its error rule can match), but followed by a line
     * break it is a lexical error ({@code y=2\nM}: xl reads {@code y=2}; {@code y=2\nM\n} it refuses).
     * Python reads both the same, so leaving the break out changes nothing else.
     */
    private static String withoutFinalBreakXlWouldRead(SyntaxTree tree, String formatted) {
        String text = tree.source().text();
        String nl = tree.source().lineEnding();
        if (text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") || formatted.length() <= nl.length()
                || !formatted.endsWith(nl)) {
            return formatted;
        }
        // whether xl refuses the file for something else does not matter: the model reads a Python construct on
        // a line xl refuses as Python, so a last character xl left unread must stay unread
        if (!droppedAtEnd(tree.source(), text)) {
            return formatted;
        }
        String bare = formatted.substring(0, formatted.length() - nl.length());
        return droppedAtEnd(tree.source(), bare) ? bare : formatted;
    }

    /**
     * Whether xl leaves the last character of {@code text} unread, and would refuse it with a line break after
     * it, its last line read alone, as the model reads a statement (a statement that ends the file without a
     * break, else with one). Not the whole text: in a file of CR line breaks, each a character xl refuses, the
     * refusal at the first CR hides what becomes of the last character.
     */
    private static boolean droppedAtEnd(dev.xenlint.text.SourceText source, String text) {
        String line = text.substring(Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1);
        int last = line.length() - 1;
        return last >= 0 && !XlSyntax.check(source.withoutBom().withText(line)).refusesWithin(last, last)
                && XlSyntax.check(source.withoutBom().withText(line + "\n")).refusesWithin(last, last);
    }

    /**
     * A form feed in the white space between tokens: Python reads it as white space, xl as a stray
     * character, so writing a space instead would change what xl reads (a file xl refuses for it would be
     * accepted, and a statement beside it would no longer count as Python). Such a file is left as it is.
     */
    private static boolean formFeedBetweenTokens(SyntaxTree tree) {
        for (Token t : tree.tokens()) {
            if (t.is(TokenKind.WHITESPACE) && t.text().indexOf('\f') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lone CR line break in a file with other line breaks: Python reads it as a line break, xl as a
     * stray character, so writing it as the file's usual line ending would change what xl reads. Such
     * a file is left as it is (as {@code check --fix} leaves the CR for the user to decide).
     */
    private static boolean loneCarriageReturnAmongOthers(SyntaxTree tree) {
        boolean lone = false;
        boolean other = false;
        for (Token t : tree.tokens()) {
            if (t.kind().isNewline()) {
                lone |= t.text().equals("\r");
                other |= !t.text().equals("\r");
            }
        }
        return lone && other;
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
            if (t.kind().isNewline()) {
                breaks++;
            } else if (t.is(TokenKind.COMMENT)) {
                startLine();
                out.append(leadingWhitespace(i)).append(t.text()).append(nl);
                breaks = 0; // the comment's own line break follows
            }
        }
    }

    private void line(LogicalLine line) {
        Node lt = line.tree();
        String indent = leadingWhitespace(line.firstToken());
        int lastContent = lastContentToken(line);
        Token trailing = trailingComment(line, lastContent);
        List<Node> statements = line.smallStatements();
        boolean innerComments = statements.size() > 1 && !comments(line.firstToken(), lastContent).isEmpty();
        if (lt != null && line.clause() == null && !statements.isEmpty() && !innerComments) {
            for (int k = 0; k < statements.size(); k++) {
                startLine();
                out.append(indent).append(statement(statements.get(k), indent));
                if (k == statements.size() - 1 && trailing != null) {
                    out.append("  ").append(trailing.text());
                }
                endLine();
            }
            return;
        }
        startLine();
        out.append(indent).append(verbatim(line.firstToken(), lastContent));
        if (trailing != null) {
            out.append("  ").append(trailing.text());
        }
        endLine();
    }

    /** One statement: a plain assignment laid out canonically, anything else as written. */
    private String statement(Node small, String indent) {
        List<Node> lists = small.nodes(NodeKind.TEST_LIST);
        Node augmented = small.node(NodeKind.AUGMENTED_ASSIGN);
        if (small.is(NodeKind.EXPRESSION_STATEMENT) && lists.size() == 2
                && lists.get(0).tests().size() == 1 && !lists.get(0).has(TokenKind.COMMA)
                && (augmented == null || augmented.first().is(TokenKind.PLUS_ASSIGN))
                && !lists.get(1).has(TokenKind.COMMA)) {
            String key = verbatim(lists.get(0));
            String op = augmented == null ? "=" : "+=";
            String prefix = key + " " + op + " ";
            Doc value = value(lists.get(1).test(0));
            if (value != null) {
                return prefix + value.render(indent, indent.length() + prefix.length(), options.lineWidth(), nl);
            }
            return prefix + verbatim(lists.get(1));
        }
        return verbatim(small);
    }

    /** A value as a layout, or null when it is not made of literals and lists (then it is kept as written). */
    private Doc value(Node test) {
        if (!test.is(NodeKind.CONDITIONAL_TEST) || test.has(TokenKind.IF)) {
            return null;
        }
        Node expr = test.expr(0);
        if (expr.is(NodeKind.UNARY_EXPR) && expr.operator().is(TokenKind.MINUS) && expr.expr(0).is(NodeKind.ATOM_EXPR)
                && expr.expr(0).atom().is(NodeKind.NUMBER_ATOM)) {
            return new Doc.Text("-" + expr.expr(0).atom().text());
        }
        if (!expr.is(NodeKind.ATOM_EXPR)) {
            return null;
        }
        Node atom = expr.atom();
        if (atom.is(NodeKind.STRING_ATOM)) {
            List<String> parts = new ArrayList<>();
            for (Token t : atom.tokens(TokenKind.STRING)) { // no lambda: see StartupPathTest
                parts.add(quote(t.text()));
            }
            return new Doc.Text(String.join(" ", parts));
        }
        if (atom.is(NodeKind.NUMBER_ATOM) || atom.is(NodeKind.NAME_ATOM) || atom.is(NodeKind.CONSTANT_ATOM)) {
            return new Doc.Text(atom.text());
        }
        if (atom.is(NodeKind.LIST_ATOM) && atom.node(NodeKind.COMP_FOR) == null) {
            return list(atom);
        }
        return null;
    }

    private Doc list(Node l) {
        int open = tree.indexOf(l.first());
        int close = tree.indexOf(l.last());
        Node itemList = l.node(NodeKind.TEST_LIST);
        List<Node> items = itemList == null ? List.of() : itemList.tests();
        List<Doc.Item> out = new ArrayList<>();
        int cursor = open + 1;
        for (Node item : items) {
            Doc value = value(item);
            int start = tree.indexOf(item.first());
            int stop = tree.indexOf(item.last());
            if (!comments(start, stop + 1).isEmpty()) {
                return null; // a comment inside an item (between two strings Python joins) cannot go on one line
            }
            if (value == null) {
                value = new Doc.Text(verbatim(start, stop));
            }
            List<String> before = comments(cursor, start);
            int next = stop + 1;
            // the comma after the item, and a comment on the same line, belong to it
            while (next < close && tokens.get(next).kind().isTrivia()
                    && !tokens.get(next).is(TokenKind.COMMENT)) {
                next++;
            }
            if (next < close && tokens.get(next).is(TokenKind.COMMA)) {
                next++;
            }
            int comment = sameLineComment(next, close);
            String after = comment < 0 ? null : tokens.get(comment).text();
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
            if (tokens.get(i).is(TokenKind.COMMENT)) {
                out.add(tokens.get(i).text());
            }
        }
        return out;
    }

    /** Index of a comment before the next line break or content among [from, to), or -1. */
    private int sameLineComment(int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.COMMENT)) {
                return i;
            }
            if (t.kind().isNewline() || !t.kind().isTrivia()) {
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

    private String verbatim(Node node) {
        return verbatim(tree.indexOf(node.first()), tree.indexOf(node.last()));
    }

    /** Tokens [first, last] as written, without whitespace at the end of each line. */
    private String verbatim(int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last && i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.EOF)) {
                break;
            }
            if (t.is(TokenKind.WHITESPACE) && i + 1 < tokens.size()
                    && (tokens.get(i + 1).kind().isNewline() || i == last)) {
                continue;
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    private int lastContentToken(LogicalLine line) {
        int i = line.lastToken();
        while (i > line.firstToken() && (tokens.get(i).kind().isTrivia()
                || tokens.get(i).kind().isNewline())) {
            i--;
        }
        return i;
    }

    private Token trailingComment(LogicalLine line, int lastContent) {
        for (int i = lastContent + 1; i <= line.lastToken(); i++) {
            if (tokens.get(i).is(TokenKind.COMMENT)) {
                return tokens.get(i);
            }
        }
        return null;
    }

    /** The whitespace between the start of the physical line and token {@code index}. */
    private String leadingWhitespace(int index) {
        if (index > 0 && tokens.get(index - 1).is(TokenKind.WHITESPACE)
                && (index == 1 || tokens.get(index - 2).kind().isNewline())) {
            return tokens.get(index - 1).text();
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
                if (!trailing.isEmpty()) {
                    return true;
                }
                for (Item i : items) { // no stream: see StartupPathTest
                    if (!i.before().isEmpty() || i.after() != null) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public String flat() {
                if (items.isEmpty()) {
                    return "[]";
                }
                List<String> parts = new ArrayList<>();
                for (Item i : items) {
                    parts.add(i.value().flat());
                }
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
