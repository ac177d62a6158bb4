package dev.xenlint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The parser of one logical line, written by hand: for every line that {@code grammar/XenParser.g4}
 * accepts without a syntax error it builds exactly the tree the generated parser and
 * {@link ParseTreeConversion} build (same kinds, same children in the same order, same first and
 * last tokens), reading the project's own tokens directly; {@code LineParserTest} compares the two.
 * It does no error recovery: for a line it cannot parse, or one it is not sure of, it returns null
 * and {@link ConfigParser} parses the line with the generated parser instead, which reports the
 * error and recovers as it always did. The grammar stays the specification.
 *
 * <p>Expressions follow the way ANTLR rewrites the left-recursive {@code expr} rule: precedence
 * climbing, where each alternative has the precedence {@code 16 - index} (the atom 16, a call 15
 * ... {@code or} 1), a binary operator's right operand is parsed at one level higher (at the same
 * level for the right-associative {@code **}), a prefix operator's operand at its own level
 * ({@code -x}: 11, {@code not x}: 3), and a loop continues while the operator's level is at least
 * the level asked for. So {@code a < not b < c} is {@code a < (not (b < c))}, as ANTLR reads it, and
 * {@code a is not b} is one comparison, {@code is not} (see {@link #comparison()}).
 *
 * <p>Recursion is bounded ({@link #MAX_DEPTH}): a deeper line is not analysed ({@link TooDeep}). Such
 * nesting passes {@link ConfigParser}'s count of brackets and prefix operators only through chains
 * that nest without either (each {@code not} in {@code a < not b < not c ...}, each {@code **} in
 * {@code a ** b ** c ...}); the generated parser would take minutes over them.
 */
final class LineParser {

    /** Deepest recursion of expressions and tests before the line is given up as too deep. */
    static final int MAX_DEPTH = 250;

    /** Thrown when a line nests deeper than {@link #MAX_DEPTH}; names the token where it got too deep. */
    static final class TooDeep extends RuntimeException {
        final transient Token at;

        private TooDeep(Token at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** Thrown to give up on a line; no stack trace, one instance. */
    private static final class Refused extends RuntimeException {
        private static final Refused INSTANCE = new Refused();

        private Refused() {
            super(null, null, false, false);
        }
    }

    private final Token[] tokens;
    private final int size;
    private int pos;
    private int depth;
    /** Where the line ends for the generated parser when it has no NEWLINE: its EOF, made when needed. */
    private final Token lastOfLine;
    /** The error of a line recovered from (see {@link #missingOperand}), else null. */
    private SyntaxError error;

    private LineParser(Token[] tokens, int size, Token lastOfLine) {
        this.tokens = tokens;
        this.size = size;
        this.lastOfLine = lastOfLine;
    }

    /** The syntax error of the line {@link #parse} last gave a recovered tree for; reused per file. */
    static final class Outcome {
        SyntaxError error;
    }

    /**
     * The tree of the logical line made of {@code tokens[first..last]} (trivia skipped), or null when
     * the line has a syntax error or the parser is not sure of it.
     *
     * @throws TooDeep when the line nests deeper than {@link #MAX_DEPTH}
     */
    static Node parse(List<Token> tokens, int first, int last) {
        Outcome outcome = new Outcome();
        Node tree = parse(tokens, first, last, outcome);
        return outcome.error == null ? tree : null;
    }

    /**
     * As {@link #parse(List, int, int)}, and also the tree of a line whose one syntax error is a
     * missing right operand at its very end ({@code a % b %}), the tree the generated parser recovers
     * to, with the error it reports in {@code outcome.error} (null for a line without an error).
     */
    static Node parse(List<Token> tokens, int first, int last, Outcome outcome) {
        outcome.error = null;
        Token[] visible = new Token[last - first + 1];
        int n = 0;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (!t.kind().isTrivia() && t.kind() != TokenKind.EOF) {
                visible[n++] = t;
            }
        }
        if (n == 0) {
            return null;
        }
        try {
            LineParser parser = new LineParser(visible, n, tokens.get(last));
            Node tree = parser.line();
            outcome.error = parser.error;
            return tree;
        } catch (Refused refused) {
            return null;
        }
    }

    // ---- tokens

    private TokenKind peek() {
        return pos < size ? tokens[pos].kind() : TokenKind.EOF;
    }

    private TokenKind peek(int ahead) {
        int at = pos + ahead;
        return at < size ? tokens[at].kind() : TokenKind.EOF;
    }

    private boolean at(TokenKind k) {
        return peek() == k;
    }

    private Token next() {
        if (pos >= size) {
            throw Refused.INSTANCE;
        }
        return tokens[pos++];
    }

    private Token expect(TokenKind k) {
        if (peek() != k) {
            throw Refused.INSTANCE;
        }
        return tokens[pos++];
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new TooDeep(tokens[Math.min(pos, size - 1)]);
        }
    }

    private static Node node(NodeKind kind, List<TreeElement> children) {
        int n = children.size();
        if (n == 1) { // most nodes: the child itself, no array
            return node(kind, children.get(0));
        }
        return new Node(kind, children.toArray(new TreeElement[n]), firstOf(children.get(0)), lastOf(children.get(n - 1)));
    }

    private static Node node(NodeKind kind, TreeElement only) {
        return new Node(kind, only, firstOf(only), lastOf(only));
    }

    private static Node node(NodeKind kind, TreeElement a, TreeElement b) {
        return new Node(kind, new TreeElement[] {a, b}, firstOf(a), lastOf(b));
    }

    private static Node node(NodeKind kind, TreeElement a, TreeElement b, TreeElement c) {
        // an operand missing at the end of the line (recovered: no children) holds no token: the node ends before it
        return new Node(kind, new TreeElement[] {a, b, c}, firstOf(a), c instanceof Node n && n.childCount() == 0 ? lastOf(b)
                : lastOf(c));
    }

    private static Token firstOf(TreeElement e) {
        return e instanceof Token t ? t : ((Node) e).first();
    }

    private static Token lastOf(TreeElement e) {
        return e instanceof Token t ? t : ((Node) e).last();
    }

    private static List<TreeElement> list() {
        return new ArrayList<>(4);
    }

    // ---- first sets

    private static boolean startsExpr(TokenKind k) {
        return switch (k) {
            case LPAREN, LBRACK, LBRACE, NAME, NUMBER, STRING, TRUE, FALSE, NONE, PLUS, MINUS, TILDE, NOT -> true;
            default -> false;
        };
    }

    private static boolean startsTest(TokenKind k) {
        return k == TokenKind.LAMBDA || startsExpr(k);
    }

    private static boolean startsSmallStatement(TokenKind k) {
        return switch (k) {
            case IMPORT, FROM, PRINT, PASS, BREAK, CONTINUE, RETURN, DEL, GLOBAL, RAISE, ASSERT -> true;
            default -> startsTest(k);
        };
    }

    // ---- statements

    private Node line() {
        List<TreeElement> c = list();
        if (isClauseKeyword(peek())) {
            c.add(clause());
            c.add(expect(TokenKind.COLON));
            if (peek() != TokenKind.NEWLINE && peek() != TokenKind.EOF) {
                c.add(smallStatements());
            }
        } else {
            c.add(smallStatements());
        }
        if (at(TokenKind.NEWLINE)) {
            c.add(next());
        }
        if (pos != size) {
            throw Refused.INSTANCE;
        }
        Token first = firstOf(c.get(0));
        return new Node(NodeKind.LINE, c, first, first); // the grammar's line ends with EOF: ANTLR's stop is no token of the text
    }

    private static boolean isClauseKeyword(TokenKind k) {
        return switch (k) {
            case IF, ELIF, ELSE, FOR, WHILE, TRY, EXCEPT, FINALLY, DEF, CLASS, WITH -> true;
            default -> false;
        };
    }

    private Node smallStatements() {
        List<TreeElement> c = list();
        c.add(smallStatement());
        while (at(TokenKind.SEMI)) {
            c.add(next());
            if (!startsSmallStatement(peek())) {
                break;
            }
            c.add(smallStatement());
        }
        return node(NodeKind.SMALL_STATEMENTS, c);
    }

    private Node smallStatement() {
        List<TreeElement> c = list();
        switch (peek()) {
            case IMPORT -> {
                c.add(next());
                c.add(dottedAsName());
                while (at(TokenKind.COMMA)) {
                    c.add(next());
                    c.add(dottedAsName());
                }
                return node(NodeKind.IMPORT_STATEMENT, c);
            }
            case FROM -> {
                c.add(next());
                while (at(TokenKind.DOT)) {
                    c.add(next());
                }
                if (at(TokenKind.NAME)) {
                    c.add(dottedName());
                }
                c.add(expect(TokenKind.IMPORT));
                if (at(TokenKind.STAR)) {
                    c.add(next());
                } else if (at(TokenKind.LPAREN)) {
                    c.add(next());
                    c.add(importAsNames());
                    c.add(expect(TokenKind.RPAREN));
                } else {
                    c.add(importAsNames());
                }
                return node(NodeKind.FROM_IMPORT_STATEMENT, c);
            }
            case PRINT -> {
                c.add(next());
                if (at(TokenKind.RIGHT_SHIFT)) {
                    c.add(next());
                    testsWithTrailingComma(c);
                } else if (startsTest(peek())) {
                    testsWithTrailingComma(c);
                }
                return node(NodeKind.PRINT_STATEMENT, c);
            }
            case PASS -> {
                return node(NodeKind.PASS_STATEMENT, next());
            }
            case BREAK -> {
                return node(NodeKind.BREAK_STATEMENT, next());
            }
            case CONTINUE -> {
                return node(NodeKind.CONTINUE_STATEMENT, next());
            }
            case RETURN -> {
                c.add(next());
                if (startsTest(peek())) {
                    c.add(testList());
                }
                return node(NodeKind.RETURN_STATEMENT, c);
            }
            case DEL -> {
                return node(NodeKind.DEL_STATEMENT, next(), testList());
            }
            case GLOBAL -> {
                c.add(next());
                c.add(expect(TokenKind.NAME));
                while (at(TokenKind.COMMA)) {
                    c.add(next());
                    c.add(expect(TokenKind.NAME));
                }
                return node(NodeKind.GLOBAL_STATEMENT, c);
            }
            case RAISE -> {
                c.add(next());
                if (startsTest(peek())) {
                    c.add(test());
                    if (at(TokenKind.COMMA)) {
                        c.add(next());
                        c.add(test());
                        if (at(TokenKind.COMMA)) {
                            c.add(next());
                            c.add(test());
                        }
                    }
                }
                return node(NodeKind.RAISE_STATEMENT, c);
            }
            case ASSERT -> {
                c.add(next());
                c.add(test());
                if (at(TokenKind.COMMA)) {
                    c.add(next());
                    c.add(test());
                }
                return node(NodeKind.ASSERT_STATEMENT, c);
            }
            default -> {
                if (!startsTest(peek())) {
                    throw Refused.INSTANCE;
                }
                c.add(testList());
                if (at(TokenKind.ASSIGN)) {
                    while (at(TokenKind.ASSIGN)) {
                        c.add(next());
                        c.add(testList());
                    }
                } else if (isAugmentedAssign(peek())) {
                    c.add(node(NodeKind.AUGMENTED_ASSIGN, next()));
                    c.add(testList());
                }
                return node(NodeKind.EXPRESSION_STATEMENT, c);
            }
        }
    }

    /** {@code test (COMMA test)* COMMA?} added to {@code c} (print's operands). */
    private void testsWithTrailingComma(List<TreeElement> c) {
        c.add(test());
        while (at(TokenKind.COMMA)) {
            c.add(next());
            if (!startsTest(peek())) {
                break;
            }
            c.add(test());
        }
    }

    private static boolean isAugmentedAssign(TokenKind k) {
        return switch (k) {
            case PLUS_ASSIGN, MINUS_ASSIGN, STAR_ASSIGN, SLASH_ASSIGN, PERCENT_ASSIGN, FLOOR_DIV_ASSIGN, POWER_ASSIGN,
                 AMP_ASSIGN, PIPE_ASSIGN, CARET_ASSIGN, LSHIFT_ASSIGN, RSHIFT_ASSIGN -> true;
            default -> false;
        };
    }

    private Node dottedName() {
        List<TreeElement> c = list();
        c.add(expect(TokenKind.NAME));
        while (at(TokenKind.DOT)) {
            c.add(next());
            c.add(expect(TokenKind.NAME));
        }
        return node(NodeKind.DOTTED_NAME, c);
    }

    private Node dottedAsName() {
        Node name = dottedName();
        if (at(TokenKind.AS)) {
            Token as = next();
            return node(NodeKind.DOTTED_AS_NAME, name, as, expect(TokenKind.NAME));
        }
        return node(NodeKind.DOTTED_AS_NAME, name);
    }

    private Node importAsNames() {
        List<TreeElement> c = list();
        nameAsName(c);
        while (at(TokenKind.COMMA)) {
            c.add(next());
            if (!at(TokenKind.NAME)) {
                break;
            }
            nameAsName(c);
        }
        return node(NodeKind.IMPORT_AS_NAMES, c);
    }

    private void nameAsName(List<TreeElement> c) {
        c.add(expect(TokenKind.NAME));
        if (at(TokenKind.AS)) {
            c.add(next());
            c.add(expect(TokenKind.NAME));
        }
    }

    // ---- clauses

    private Node clause() {
        List<TreeElement> c = list();
        Token keyword = next();
        c.add(keyword);
        switch (keyword.kind()) {
            case IF -> {
                c.add(test());
                return node(NodeKind.IF_CLAUSE, c);
            }
            case ELIF -> {
                c.add(test());
                return node(NodeKind.ELIF_CLAUSE, c);
            }
            case ELSE -> {
                return node(NodeKind.ELSE_CLAUSE, c);
            }
            case FOR -> {
                c.add(targetList());
                c.add(expect(TokenKind.IN));
                c.add(testList());
                return node(NodeKind.FOR_CLAUSE, c);
            }
            case WHILE -> {
                c.add(test());
                return node(NodeKind.WHILE_CLAUSE, c);
            }
            case TRY -> {
                return node(NodeKind.TRY_CLAUSE, c);
            }
            case EXCEPT -> {
                if (startsTest(peek())) {
                    c.add(test());
                    if (at(TokenKind.AS) || at(TokenKind.COMMA)) {
                        c.add(next());
                        c.add(target());
                    }
                }
                return node(NodeKind.EXCEPT_CLAUSE, c);
            }
            case FINALLY -> {
                return node(NodeKind.FINALLY_CLAUSE, c);
            }
            case DEF -> {
                c.add(expect(TokenKind.NAME));
                c.add(expect(TokenKind.LPAREN));
                if (startsParameter(peek())) {
                    c.add(parameters());
                }
                c.add(expect(TokenKind.RPAREN));
                return node(NodeKind.DEF_CLAUSE, c);
            }
            case CLASS -> {
                c.add(expect(TokenKind.NAME));
                if (at(TokenKind.LPAREN)) {
                    c.add(next());
                    if (startsTest(peek())) {
                        c.add(testList());
                    }
                    c.add(expect(TokenKind.RPAREN));
                }
                return node(NodeKind.CLASS_CLAUSE, c);
            }
            case WITH -> {
                c.add(withItem());
                while (at(TokenKind.COMMA)) {
                    c.add(next());
                    c.add(withItem());
                }
                return node(NodeKind.WITH_CLAUSE, c);
            }
            default -> throw Refused.INSTANCE;
        }
    }

    private Node withItem() {
        Node test = test();
        if (at(TokenKind.AS)) {
            Token as = next();
            return node(NodeKind.WITH_ITEM, test, as, target());
        }
        return node(NodeKind.WITH_ITEM, test);
    }

    private static boolean startsParameter(TokenKind k) {
        return k == TokenKind.NAME || k == TokenKind.STAR || k == TokenKind.POWER || k == TokenKind.LPAREN;
    }

    private Node parameters() {
        List<TreeElement> c = list();
        c.add(parameter());
        while (at(TokenKind.COMMA)) {
            c.add(next());
            if (!startsParameter(peek())) {
                break;
            }
            c.add(parameter());
        }
        return node(NodeKind.PARAMETERS, c);
    }

    private Node parameter() {
        switch (peek()) {
            case NAME -> {
                Token name = next();
                if (at(TokenKind.ASSIGN)) {
                    Token assign = next();
                    return node(NodeKind.PARAMETER, name, assign, test());
                }
                return node(NodeKind.PARAMETER, name);
            }
            case STAR, POWER -> {
                Token star = next();
                return node(NodeKind.PARAMETER, star, expect(TokenKind.NAME));
            }
            case LPAREN -> {
                Token open = next();
                Node targets = targetList();
                return node(NodeKind.PARAMETER, open, targets, expect(TokenKind.RPAREN));
            }
            default -> throw Refused.INSTANCE;
        }
    }

    private static boolean startsTarget(TokenKind k) {
        return k == TokenKind.NAME || k == TokenKind.LPAREN || k == TokenKind.LBRACK;
    }

    private Node targetList() {
        enter();
        List<TreeElement> c = list();
        c.add(target());
        while (at(TokenKind.COMMA)) {
            c.add(next());
            if (!startsTarget(peek())) {
                break;
            }
            c.add(target());
        }
        depth--;
        return node(NodeKind.TARGET_LIST, c);
    }

    private Node target() {
        switch (peek()) {
            case NAME -> {
                List<TreeElement> c = list();
                c.add(next());
                while (true) {
                    if (at(TokenKind.DOT)) {
                        c.add(next());
                        c.add(expect(TokenKind.NAME));
                    } else if (at(TokenKind.LBRACK)) {
                        c.add(next());
                        c.add(test());
                        c.add(expect(TokenKind.RBRACK));
                    } else {
                        break;
                    }
                }
                return node(NodeKind.TARGET, c);
            }
            case LPAREN -> {
                Token open = next();
                Node targets = targetList();
                return node(NodeKind.TARGET, open, targets, expect(TokenKind.RPAREN));
            }
            case LBRACK -> {
                Token open = next();
                Node targets = targetList();
                return node(NodeKind.TARGET, open, targets, expect(TokenKind.RBRACK));
            }
            default -> throw Refused.INSTANCE;
        }
    }

    // ---- tests and expressions

    private Node testList() {
        Node first = test();
        if (!at(TokenKind.COMMA)) {
            return node(NodeKind.TEST_LIST, first);
        }
        return testListFrom(first);
    }

    /** The rest of a test list whose first test is parsed. */
    private Node testListFrom(Node first) {
        List<TreeElement> c = list();
        c.add(first);
        while (at(TokenKind.COMMA)) {
            c.add(next());
            if (!startsTest(peek())) {
                break;
            }
            c.add(test());
        }
        return node(NodeKind.TEST_LIST, c);
    }

    private Node test() {
        enter();
        Node result;
        if (at(TokenKind.LAMBDA)) {
            List<TreeElement> c = list();
            c.add(next());
            if (startsParameter(peek())) {
                c.add(parameters());
            }
            c.add(expect(TokenKind.COLON));
            c.add(test());
            result = node(NodeKind.LAMBDA_TEST, c);
        } else {
            Node value = expr(0);
            if (at(TokenKind.IF)) {
                List<TreeElement> c = new ArrayList<>(5);
                c.add(value);
                c.add(next());
                c.add(expr(0));
                c.add(expect(TokenKind.ELSE));
                c.add(test());
                result = node(NodeKind.CONDITIONAL_TEST, c);
            } else {
                result = node(NodeKind.CONDITIONAL_TEST, value);
            }
        }
        depth--;
        return result;
    }

    /** The level of an operator that continues an expression, or -1 (see the class comment). */
    private int level(TokenKind k) {
        return switch (k) {
            case LPAREN -> 15;
            case LBRACK -> 14;
            case DOT -> 13;
            case POWER -> 12;
            case STAR, SLASH, FLOOR_DIV, PERCENT -> 10;
            case PLUS, MINUS -> 9;
            case LEFT_SHIFT, RIGHT_SHIFT -> 8;
            case AMPERSAND -> 7;
            case CARET -> 6;
            case PIPE -> 5;
            case LESS, GREATER, EQUALS, NOT_EQUALS, LESS_EQUAL, GREATER_EQUAL, IN, IS -> 4;
            case NOT -> peek(1) == TokenKind.IN ? 4 : -1;
            case AND -> 2;
            case OR -> 1;
            default -> -1;
        };
    }

    private Node expr(int minLevel) {
        enter();
        Node left = switch (peek()) {
            case PLUS, MINUS, TILDE -> {
                Token op = next();
                yield node(NodeKind.UNARY_EXPR, op, expr(11));
            }
            case NOT -> {
                Token op = next();
                yield node(NodeKind.NOT_EXPR, op, expr(3));
            }
            default -> node(NodeKind.ATOM_EXPR, atom());
        };
        while (true) {
            TokenKind k = peek();
            int level = level(k);
            if (level < minLevel) {
                break;
            }
            switch (k) {
                case LPAREN -> {
                    List<TreeElement> c = new ArrayList<>(4);
                    c.add(left);
                    c.add(next());
                    if (startsArgument(peek())) {
                        c.add(arguments());
                    }
                    c.add(expect(TokenKind.RPAREN));
                    left = node(NodeKind.CALL_EXPR, c);
                }
                case LBRACK -> {
                    List<TreeElement> c = new ArrayList<>(4);
                    c.add(left);
                    c.add(next());
                    c.add(subscripts());
                    c.add(expect(TokenKind.RBRACK));
                    left = node(NodeKind.SUBSCRIPT_EXPR, c);
                }
                case DOT -> {
                    Token dot = next();
                    left = node(NodeKind.ATTRIBUTE_EXPR, left, dot, expect(TokenKind.NAME));
                }
                case POWER -> {
                    Token op = next();
                    left = node(NodeKind.POWER_EXPR, left, op, atLineEnd() ? missingOperand(op) : expr(12));
                }
                default -> {
                    if (level == 4) {
                        Node comparison = comparison();
                        left = node(NodeKind.COMPARISON_EXPR, left, comparison, expr(5));
                    } else {
                        Token op = next();
                        left = node(binaryKind(level), left, op,
                                level >= 9 && atLineEnd() ? missingOperand(op) : expr(level + 1));
                    }
                }
            }
        }
        depth--;
        return left;
    }

    /** Whether nothing but the line's NEWLINE (if it has one) is left. */
    private boolean atLineEnd() {
        return pos == size || pos == size - 1 && tokens[pos].kind() == TokenKind.NEWLINE;
    }

    /**
     * The right operand of an arithmetic operator ({@code + - * / // % **}) that ends the line, as the
     * generated parser recovers from it: it reports "expected a value after" the operator at the line's
     * end (its NEWLINE, or where the line stops), where it leaves an empty {@code expr} node (first and
     * last token the NEWLINE or that end), consumes nothing and parses on. The rest of the line must
     * parse without another error, else it is refused as before (a second error is not recovered here).
     * The class of lines is narrow on purpose: {@code LineParserTest} compares it with the generated
     * parser over many such lines; every other error goes to the generated parser.
     */
    private Node missingOperand(Token op) {
        if (error != null) {
            throw Refused.INSTANCE;
        }
        Token end = pos < size ? tokens[pos] : new Token(TokenKind.EOF, "",
                lastOfLine.kind().isNewline() ? lastOfLine.start() : lastOfLine.end());
        error = new SyntaxError(dev.xenlint.text.TextRange.empty(end.start()),
                "expected a value after `" + op.text() + "`");
        return new Node(NodeKind.EXPR, new TreeElement[0], end, end);
    }

    private static NodeKind binaryKind(int level) {
        return switch (level) {
            case 10 -> NodeKind.MULTIPLICATIVE_EXPR;
            case 9 -> NodeKind.ADDITIVE_EXPR;
            case 8 -> NodeKind.SHIFT_EXPR;
            case 7 -> NodeKind.BIT_AND_EXPR;
            case 6 -> NodeKind.BIT_XOR_EXPR;
            case 5 -> NodeKind.BIT_OR_EXPR;
            case 2 -> NodeKind.AND_EXPR;
            case 1 -> NodeKind.OR_EXPR;
            default -> throw Refused.INSTANCE;
        };
    }

    /**
     * A comparison operator. {@code a is not b} could also read as {@code a is (not b)}; the grammar
     * lists {@code IS NOT} first, so ANTLR takes the two words as one operator, as Python does.
     */
    private Node comparison() {
        Token op = next();
        if (op.kind() == TokenKind.NOT) {
            return node(NodeKind.COMPARISON, op, expect(TokenKind.IN));
        }
        if (op.kind() == TokenKind.IS && peek() == TokenKind.NOT) {
            return node(NodeKind.COMPARISON, op, next());
        }
        return node(NodeKind.COMPARISON, op);
    }

    private Node atom() {
        switch (peek()) {
            case LPAREN -> {
                return bracketed(NodeKind.PAREN_ATOM, TokenKind.RPAREN);
            }
            case LBRACK -> {
                return bracketed(NodeKind.LIST_ATOM, TokenKind.RBRACK);
            }
            case LBRACE -> {
                List<TreeElement> c = list();
                c.add(next());
                if (startsTest(peek())) {
                    c.add(dictEntries());
                }
                c.add(expect(TokenKind.RBRACE));
                return node(NodeKind.DICT_ATOM, c);
            }
            case NAME -> {
                return node(NodeKind.NAME_ATOM, next());
            }
            case NUMBER -> {
                return node(NodeKind.NUMBER_ATOM, next());
            }
            case STRING -> {
                List<TreeElement> c = list();
                while (at(TokenKind.STRING)) {
                    c.add(next());
                }
                return node(NodeKind.STRING_ATOM, c);
            }
            case TRUE, FALSE, NONE -> {
                return node(NodeKind.CONSTANT_ATOM, next());
            }
            default -> throw Refused.INSTANCE;
        }
    }

    /** {@code ( test compFor | testList )?} between brackets. */
    private Node bracketed(NodeKind kind, TokenKind close) {
        List<TreeElement> c = list();
        c.add(next());
        if (startsTest(peek())) {
            Node first = test();
            if (at(TokenKind.FOR)) {
                c.add(first);
                c.add(compFor());
            } else {
                c.add(at(TokenKind.COMMA) ? testListFrom(first) : node(NodeKind.TEST_LIST, first));
            }
        }
        c.add(expect(close));
        return node(kind, c);
    }

    private Node dictEntries() {
        List<TreeElement> c = list();
        Node first = test();
        if (!at(TokenKind.COLON)) {
            return at(TokenKind.COMMA) ? node(NodeKind.DICT_ENTRIES, testListFrom(first))
                    : node(NodeKind.DICT_ENTRIES, node(NodeKind.TEST_LIST, first));
        }
        c.add(first);
        c.add(next());
        c.add(test());
        while (at(TokenKind.COMMA)) {
            c.add(next());
            if (!startsTest(peek())) {
                break;
            }
            c.add(test());
            c.add(expect(TokenKind.COLON));
            c.add(test());
        }
        return node(NodeKind.DICT_ENTRIES, c);
    }

    private Node compFor() {
        enter();
        List<TreeElement> c = list();
        c.add(expect(TokenKind.FOR));
        c.add(targetList());
        c.add(expect(TokenKind.IN));
        c.add(expr(0));
        while (true) {
            if (at(TokenKind.FOR)) {
                c.add(compFor());
            } else if (at(TokenKind.IF)) {
                c.add(next());
                c.add(expr(0));
            } else {
                break;
            }
        }
        depth--;
        return node(NodeKind.COMP_FOR, c);
    }

    private static boolean startsArgument(TokenKind k) {
        return k == TokenKind.STAR || k == TokenKind.POWER || startsTest(k);
    }

    private Node arguments() {
        List<TreeElement> c = list();
        c.add(argument());
        while (at(TokenKind.COMMA)) {
            c.add(next());
            if (!startsArgument(peek())) {
                break;
            }
            c.add(argument());
        }
        return node(NodeKind.ARGUMENTS, c);
    }

    private Node argument() {
        if (at(TokenKind.NAME) && peek(1) == TokenKind.ASSIGN) {
            Token name = next();
            Token assign = next();
            return node(NodeKind.ARGUMENT, name, assign, test());
        }
        if (at(TokenKind.STAR) || at(TokenKind.POWER)) {
            Token star = next();
            return node(NodeKind.ARGUMENT, star, test());
        }
        Node test = test();
        if (at(TokenKind.FOR)) {
            return node(NodeKind.ARGUMENT, test, compFor());
        }
        return node(NodeKind.ARGUMENT, test);
    }

    private static boolean startsSubscript(TokenKind k) {
        return k == TokenKind.COLON || startsTest(k);
    }

    private Node subscripts() {
        List<TreeElement> c = list();
        c.add(subscript());
        while (at(TokenKind.COMMA)) {
            c.add(next());
            if (!startsSubscript(peek())) {
                break;
            }
            c.add(subscript());
        }
        return node(NodeKind.SUBSCRIPTS, c);
    }

    private Node subscript() {
        List<TreeElement> c = list();
        if (!at(TokenKind.COLON)) {
            c.add(test());
            if (!at(TokenKind.COLON)) {
                return node(NodeKind.SUBSCRIPT, c);
            }
        }
        c.add(next());
        if (startsTest(peek())) {
            c.add(test());
        }
        if (at(TokenKind.COLON)) {
            c.add(next());
            if (startsTest(peek())) {
                c.add(test());
            }
        }
        return node(NodeKind.SUBSCRIPT, c);
    }
}
