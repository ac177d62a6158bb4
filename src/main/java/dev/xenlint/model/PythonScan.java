package dev.xenlint.model;

import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.Statement;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.NodeKind;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.syntax.TreeElement;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a file goes beyond what xl's parser accepts: a statement other
 * than {@code key = value} / {@code key += value}, or a value other than a
 * plain quoted string, an unsigned integer or a list of those.
 */
final class PythonScan {

    private final SyntaxTree tree;
    private final List<PythonUse> uses = new ArrayList<>();
    /** The statement of each use, as {@link SyntaxTree#xlRefusesAlone} reads it (one object per statement). */
    private final List<TextRange> statements = new ArrayList<>();
    /** The statement being scanned: a small statement, or else the logical line (a block's header). */
    private Node small;
    private LogicalLine line;
    /** Its range, made at its first use. */
    private TextRange statement;

    private PythonScan(SyntaxTree tree) {
        this.tree = tree;
    }

    /**
     * What a file uses beyond xl's syntax, in file order, and for each use the statement that holds it:
     * its small statement from its first token to its last, or for a block's header its logical line.
     */
    record Found(List<PythonUse> uses, List<TextRange> statements) {
    }

    static Found scan(SyntaxTree tree) {
        PythonScan scan = new PythonScan(tree);
        for (Statement s : tree.statements()) {
            if (s instanceof Statement.Compound c) {
                LogicalLine header = c.clauses().get(0).header();
                scan.at(null, header);
                scan.add(header.clause(), "`" + c.kind().keyword() + "` block");
            } else if (!((Statement.Simple) s).line().treeIncomplete()) {
                for (Node small : ((Statement.Simple) s).line().smallStatements()) {
                    scan.at(small, null);
                    scan.statement(small);
                }
            }
        }
        return new Found(List.copyOf(scan.uses), scan.statements);
    }

    private void at(Node small, LogicalLine line) {
        this.small = small;
        this.line = line;
        this.statement = null;
    }

    private void statement(Node small) {
        if (!small.is(NodeKind.EXPRESSION_STATEMENT)) {
            String keyword = small.first().text();
            add(small, "`" + keyword + "` statement");
            return;
        }
        List<Node> lists = small.nodes(NodeKind.TEST_LIST);
        if (lists.size() == 1) {
            if (isComparedKey(small.text())) {
                slip(small, "expression statement (`==` where `=` was meant?)");
            } else {
                add(small, "expression statement");
            }
            return;
        }
        if (lists.size() > 2) {
            add(small, "chained assignment");
            return;
        }
        Node augmented = small.node(NodeKind.AUGMENTED_ASSIGN);
        if (augmented != null && !augmented.first().is(TokenKind.PLUS_ASSIGN)) {
            add(augmented, "`" + augmented.text() + "` assignment");
            return;
        }
        String key = Executor.singleName(lists.get(0));
        if (key == null) {
            add(lists.get(0), "assignment to something other than a plain key");
            return;
        }
        if (!isXlKey(key)) {
            slip(lists.get(0), "key `" + key + "` (xl keys are lower-case letters, digits, `_` and `.`)");
            return;
        }
        Node value = lists.get(1);
        if (value.has(TokenKind.COMMA)) {
            add(value, "tuple");
            return;
        }
        value(value.test(0));
    }

    private void value(Node test) {
        if (test.is(NodeKind.LAMBDA_TEST)) {
            add(test, "lambda");
            return;
        }
        if (!test.is(NodeKind.CONDITIONAL_TEST)) {
            return;
        }
        if (test.has(TokenKind.IF)) {
            add(test, "conditional expression");
            return;
        }
        Node expr = test.expr(0);
        if (!expr.is(NodeKind.ATOM_EXPR)) {
            add(expr, describe(expr));
            return;
        }
        Node atom = expr.atom();
        switch (atom.kind()) {
            case STRING_ATOM -> {
                List<Token> strings = atom.tokens(TokenKind.STRING);
                String first = strings.get(0).text();
                if (strings.size() > 1) {
                    slip(atom, "adjacent strings joined by Python");
                } else if (first.charAt(0) != '\'' && first.charAt(0) != '"'
                        && !dev.xenlint.syntax.Typography.isTypographicString(first)) { // ’dc’ is a syntax error
                    int quote = 0;
                    while (first.charAt(quote) != '\'' && first.charAt(quote) != '"') {
                        quote++;
                    }
                    add(atom, "string prefix `" + first.substring(0, quote) + "`");
                } else if (first.startsWith("'''") || first.startsWith("\"\"\"")) {
                    add(atom, "triple-quoted string");
                }
            }
            case NUMBER_ATOM -> {
                String text = atom.token(TokenKind.NUMBER).text();
                // upper-case hex (0x1F) is Python's notation too, but xl's lexer refuses it outright:
                // xl-refuses-file reports that, and it says nothing about which toolstack the file is for
                if (!isXlNumber(text) && !isXlNumber(text.toLowerCase(java.util.Locale.ROOT))) {
                    add(atom, text.contains(".") || text.contains("e") && !text.startsWith("0x")
                            ? "fractional number `" + text + "`" : "number `" + text + "` in Python notation");
                }
            }
            case LIST_ATOM -> {
                Node items = atom.node(NodeKind.TEST_LIST);
                if (atom.node(NodeKind.COMP_FOR) != null) {
                    add(atom, "list comprehension");
                } else if (items != null) {
                    for (Node item : items.tests()) {
                        if (!isJoinedString(item)) { // a missing comma, not Python: missing-comma reports it
                            value(item);
                        }
                    }
                }
            }
            case NAME_ATOM -> add(atom, "bare word `" + atom.token(TokenKind.NAME).text() + "`");
            case CONSTANT_ATOM -> add(atom, "`" + atom.text() + "`");
            case PAREN_ATOM -> {
                Node items = atom.node(NodeKind.TEST_LIST);
                add(atom, items != null && !items.has(TokenKind.COMMA) ? "parenthesised expression" : "tuple");
            }
            default -> add(atom, "dict");
        }
    }

    /** Whether a list item is two or more strings side by side ({@code ["a" "b"]}): a forgotten comma. */
    private static boolean isJoinedString(Node item) {
        if (!item.is(NodeKind.CONDITIONAL_TEST) || item.has(TokenKind.IF)) {
            return false;
        }
        Node expr = item.expr(0);
        if (expr == null || !expr.is(NodeKind.ATOM_EXPR) || expr.nodes().size() != 1) {
            return false;
        }
        Node atom = expr.atom();
        return atom != null && atom.is(NodeKind.STRING_ATOM) && atom.tokens(TokenKind.STRING).size() > 1;
    }

    private static String describe(Node expr) {
        switch (expr.kind()) {
            case UNARY_EXPR -> {
                Node operand = expr.expr(0);
                boolean number = operand.is(NodeKind.ATOM_EXPR) && operand.atom().is(NodeKind.NUMBER_ATOM);
                Token op = expr.operator();
                return number && op.is(TokenKind.MINUS) ? "unquoted negative number" : "`" + op.text() + "` operator";
            }
            case CALL_EXPR -> {
                return "function call";
            }
            case ATTRIBUTE_EXPR -> {
                return "attribute access";
            }
            case SUBSCRIPT_EXPR -> {
                return "subscript";
            }
            case COMPARISON_EXPR -> {
                return "comparison";
            }
            case NOT_EXPR -> {
                return "`not` expression";
            }
            case AND_EXPR -> {
                return "`and` expression";
            }
            case OR_EXPR -> {
                return "`or` expression";
            }
            default -> {
                // binary arithmetic: the operator is the middle child
                TreeElement middle = expr.children().get(1);
                return "expression with `" + (middle instanceof Token t ? t.text() : ((Node) middle).text()) + "`";
            }
        }
    }

    /** xl's key syntax: {@code [a-z][._0-9a-z]*}. */
    static boolean isXlKey(String key) {
        if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_' || ch == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * xl's number token exactly: {@code [0-9][0-9a-fx]*} (tools/libs/util/libxlu_cfg_l.l at c447b7308b), a
     * digit followed by digits, lower-case hex letters or {@code x}; {@code 0x1F} and {@code 0X1f} do not lex.
     */
    static boolean isXlNumber(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch == 'x')) {
                return false;
            }
        }
        return true;
    }

    private void add(Node node, String what) {
        uses.add(new PythonUse(node.range(), what));
        statements.add(statement());
    }

    private void slip(Node node, String what) {
        uses.add(new PythonUse(node.range(), what, true));
        statements.add(statement());
    }

    private TextRange statement() {
        if (statement == null) {
            if (small != null) {
                int start = small.first().start();
                statement = new TextRange(start, Math.max(small.last().end(), start));
            } else {
                statement = line.range();
            }
        }
        return statement;
    }

    /** {@code key == value}: a name, {@code ==}, and something after it. */
    private static boolean isComparedKey(String text) {
        int eq = text.indexOf("==");
        if (eq <= 0 || text.indexOf("==", eq + 2) >= 0 || text.substring(eq + 2).isBlank()) {
            return false;
        }
        String name = text.substring(0, eq).strip();
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
