package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.bench.Corpus;
import dev.xenlint.fuzz.FuzzInputs;
import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link LineParser} against the generated parser, which stays the specification:
 * for every logical line the generated parser reads without a syntax error, the same tree (kinds,
 * children, first and last tokens, compared as a full dump with token indexes); for every line
 * where it reports one, no tree, so that the line goes to the generated parser and its messages,
 * repairs and recovery are what they were. And the whole {@link SyntaxTree} (lines, errors,
 * statements) is the same with and without the hand-written parser.
 */
class LineParserTest {

    /** Lines the generated parser accepted and the hand-written one was compared on, over a test. */
    private int accepted;
    /** Lines with a syntax error, on which the hand-written parser had to refuse. */
    private int refused;
    /** Lines with a syntax error the hand-written parser recovered from, with the generated parser's tree. */
    private int recovered;

    @Test
    void tokenKindsAreTheGrammarsTokenTypes() {
        for (int type = 1; type <= XenLexer.VOCABULARY.getMaxTokenType(); type++) {
            String name = XenLexer.VOCABULARY.getSymbolicName(type);
            TokenKind expected = switch (name) {
                case "WS" -> TokenKind.WHITESPACE;
                case "ERROR_CHAR" -> TokenKind.ERROR;
                case "TYPOGRAPHIC_STRING" -> TokenKind.STRING;
                default -> TokenKind.valueOf(name);
            };
            assertEquals(expected, ConfigParser.kindOf(type), name);
        }
    }

    @Test
    void sameTreesOnTheTestDataAndTheRuleDocuments() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            check(SourceText.decode(f.toString(), Files.readAllBytes(f)));
        }
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path doc : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                check(SourceText.of(doc.toString(), Files.readString(doc)));
            }
        }
        assertTrue(accepted > 1_000 && refused > 100, accepted + " accepted, " + refused + " refused");
    }

    @Test
    void sameTreesOnTheCorpus() {
        for (Corpus.Entry e : Corpus.generate(42, 300)) {
            check(SourceText.of(e.name(), e.text()));
        }
        assertTrue(accepted > 4_000, accepted + " accepted");
    }

    @Test
    void sameTreesOnTheFuzzersInputs() {
        int i = 0;
        for (byte[] input : FuzzInputs.mutated(9, 200)) {
            check(SourceText.decode("fuzz " + i++, input));
        }
        assertTrue(accepted > 1_000 && refused > 1_000, accepted + " accepted, " + refused + " refused");
    }

    @Test
    void sameTreesOnRandomLines() {
        Random random = new Random(2026);
        for (int file = 0; file < 250; file++) {
            StringBuilder sb = new StringBuilder();
            for (int line = 0; line < 40; line++) {
                List<String> tokens = new ArrayList<>();
                new Lines(random, tokens).line();
                if (random.nextInt(3) == 0) {
                    mutate(random, tokens);
                }
                sb.append(String.join(" ", tokens)).append('\n');
            }
            check(SourceText.of("random " + file, sb.toString()));
        }
        assertTrue(accepted > 4_000 && refused > 1_000, accepted + " accepted, " + refused + " refused");
    }

    /**
     * Long lines with a syntax error, which go to the generated parser with full LL straight away (the
     * grammar-only run tries SLL first): an error at the end of a long valid prefix, one near the start
     * followed by more errors than the parser recovers from (it gives up and copies only the tokens it
     * read), and errors between statements; the same errors, trees and tokens both ways.
     */
    @Test
    void sameResultOnLongLinesWithErrors() {
        List<String> lines = List.of("a%".repeat(3_000), "a" + "%".repeat(3_000), "x = [1, 2" + ", 3".repeat(2_000),
                "k=1;".repeat(1_000) + "k=1 k=2", "a = (" + "b + ".repeat(1_000) + ") c = 1",
                "if x" + " and y".repeat(1_000) + " z", "x = 1 " + "] ".repeat(200), "x = f(" + "1,,".repeat(100) + ")");
        for (String line : lines) {
            SourceText source = SourceText.of("long", "memory = 512\n" + line + "\nvcpus = 2\n");
            check(source);
            List<LogicalLine> parsed = ConfigParser.parse(source).lines();
            assertEquals(3, parsed.size(), line);
            assertTrue(parsed.get(1).hasError() && !parsed.get(0).hasError() && !parsed.get(2).hasError(), line);
        }
    }

    /**
     * The tree the generated parser builds for a line with an error is made of the file's own tokens, each
     * where it is in the text: in {@code a%a%...a%} every token of the line is a leaf, in order (the value
     * recovery invents for the missing operand at the end is not in the text, so not in the tree).
     */
    @Test
    void aRecoveredTreeHoldsTheLinesOwnTokensInOrder() {
        SyntaxTree tree = ConfigParser.parse(SourceText.of("long", "memory = 512\n" + "a%".repeat(3_000) + "\nvcpus = 2\n"));
        LogicalLine line = tree.lines().get(1);
        assertTrue(line.hasError() && line.treeIncomplete());
        List<Token> expected = new ArrayList<>();
        for (int i = line.firstToken(); i <= line.lastToken(); i++) {
            Token t = tree.tokens().get(i);
            if (!t.kind().isTrivia() && t.kind() != TokenKind.NEWLINE) {
                expected.add(t);
            }
        }
        List<Token> leaves = new ArrayList<>();
        Deque<TreeElement> todo = new ArrayDeque<>();
        todo.push(line.tree());
        while (!todo.isEmpty()) {
            TreeElement e = todo.pop();
            if (e instanceof Token t) {
                if (t.kind() != TokenKind.NEWLINE) {
                    leaves.add(t);
                }
            } else {
                List<TreeElement> children = ((Node) e).children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(children.get(i));
                }
            }
        }
        assertEquals(6_000, expected.size());
        assertEquals(expected.size(), leaves.size());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i) == leaves.get(i), "leaf " + i);
        }
    }

    /**
     * Lines that end with an operator, whose right operand is missing: the hand-written parser recovers
     * from those ending with an arithmetic operator ({@code + - * / // % **}) after a complete left operand,
     * as the generated parser does (the same tree, error and range, compared by {@link #check}: with and
     * without the hand-written parser, the whole {@link SyntaxTree} is the same), and refuses the others.
     * Random lines of the grammar, each followed by an operator or two, in statements, clauses, after
     * `;`, with a comment or a backslash after it, at the end of the file without a newline.
     */
    @Test
    void sameRecoveryForAnOperandMissingAtTheEnd() {
        String[] enders = {"+", "-", "*", "/", "//", "%", "**", "+ -", "* +", "- not", "<", "and", "|", "<<", "not",
            "=", "+=", ",", "if", "% ~", "** **"};
        Random random = new Random(909);
        for (int file = 0; file < 200; file++) {
            StringBuilder sb = new StringBuilder();
            for (int line = 0; line < 30; line++) {
                List<String> tokens = new ArrayList<>();
                new Lines(random, tokens).line();
                if (random.nextInt(8) == 0) {
                    mutate(random, tokens);
                }
                tokens.add(enders[random.nextInt(random.nextInt(3) == 0 ? enders.length : 7)]);
                sb.append(String.join(" ", tokens));
                switch (random.nextInt(6)) {
                    case 0 -> sb.append("  # note");
                    case 1 -> sb.append(" \\\n");
                    case 2 -> sb.append("\r");
                    default -> { }
                }
                sb.append('\n');
            }
            String text = sb.toString();
            check(SourceText.of("missing operand " + file, text));
            check(SourceText.of("missing operand, no newline " + file, text.substring(0, text.length() - 1)));
        }
        for (String line : List.of("a%", "x = a %", "x = a + b *", "x = -a %", "x = a if b else c +", "x = a, b +",
                "x = f(a) [1] . b **", "print a +", "return a -", "x = lambda: a //", "x = 1; y = 2 *", "x = y = a +",
                "assert a, b /", "x += a %", "x = [a] + (b) -", "x = a ** b **", "x = a if b else c if d else e *")) {
            for (String end : List.of("\n", "", "  # c\n", " \\\n", " \\\n\n", "\r\n")) {
                check(SourceText.of(line, "memory = 512\n" + line + end + (end.isEmpty() ? "" : "vcpus = 2\n")));
            }
        }
        assertTrue(recovered > 3_000 && refused > 1_000, recovered + " recovered, " + refused + " refused");
    }

    /** Odd lines the grammar accepts (Python would not, or reads them otherwise), with the tree ANTLR gives. */
    @Test
    void oddLinesTheGrammarAccepts() {
        for (String line : List.of("x = a < not b < c", "x = a is not b", "x = a is not not b", "x = - not a + b",
                "x = not a ** - b", "x = a ** - b ** c", "x = [y for a in b for c in d if e if f]",
                "x = f(a for b in c, d)", "x = {a, b,}", "x = a[::], a[:, 1:]", "print >> f", "x = lambda: lambda: 1",
                "from . import (a, b,)", "x = a if b else lambda: c if d else e", "x = `", "x = a not in b in c")) {
            check(SourceText.of(line, line + "\n"));
        }
        assertTrue(accepted >= 15, accepted + " accepted");
    }

    private void check(SourceText source) {
        SyntaxTree grammar = ConfigParser.parseWithGrammarOnly(source);
        SyntaxTree both = ConfigParser.parse(source);
        Map<Token, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < grammar.tokens().size(); i++) {
            index.put(grammar.tokens().get(i), i);
        }
        for (LogicalLine line : grammar.lines()) {
            if (line.tree() == null) {
                continue; // nested too deeply: neither parser reads it
            }
            Node hand = LineParser.parse(grammar.tokens(), line.firstToken(), line.lastToken());
            if (line.treeIncomplete()) {
                assertNull(hand, () -> source.name() + ": a tree for a line with a syntax error: "
                        + lineText(grammar, line));
                LineParser.Outcome outcome = new LineParser.Outcome();
                Node recovery = LineParser.parse(grammar.tokens(), line.firstToken(), line.lastToken(), outcome);
                if (recovery == null) {
                    refused++;
                } else {
                    // the error itself is compared below, with the whole tree's errors
                    assertTrue(outcome.error != null, () -> source.name() + ": " + lineText(grammar, line));
                    assertEquals(dump(line.tree(), index), dump(recovery, index),
                            () -> source.name() + ": recovered " + lineText(grammar, line));
                    recovered++;
                }
            } else {
                assertEquals(dump(line.tree(), index), dump(hand, index),
                        () -> source.name() + ": " + lineText(grammar, line));
                accepted++;
            }
        }
        Map<Token, Integer> index2 = new IdentityHashMap<>();
        for (int i = 0; i < both.tokens().size(); i++) {
            index2.put(both.tokens().get(i), i);
        }
        assertEquals(dump(grammar, index), dump(both, index2), source.name());
    }

    private static String lineText(SyntaxTree tree, LogicalLine line) {
        String text = tree.source().text().substring(line.range().start(), line.range().end());
        return "`" + (text.length() > 300 ? text.substring(0, 300) + "..." : text) + "`";
    }

    static String dump(SyntaxTree tree, Map<Token, Integer> index) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tree.tokens()) {
            sb.append(t.kind()).append(t.range()).append(' ');
        }
        sb.append('\n');
        for (LogicalLine line : tree.lines()) {
            sb.append(line.range()).append(' ').append(line.indent()).append(' ').append(line.firstToken()).append(' ')
                    .append(line.lastToken()).append(' ').append(line.hasError()).append(' ')
                    .append(line.treeIncomplete()).append(' ').append(dump(line.tree(), index)).append('\n');
        }
        sb.append(tree.errors()).append('\n').append(tree.indentationErrors()).append('\n').append(tree.statements())
                .append('\n').append(tree.xl().problems()).append(tree.xl().likelyPython()).append('\n');
        return sb.toString();
    }

    /** Kind, first and last token (as indexes into the file's tokens), children; iterative, as trees may be deep. */
    static String dump(Node root, Map<Token, Integer> index) {
        if (root == null) {
            return "(no tree)";
        }
        StringBuilder sb = new StringBuilder();
        Deque<Object> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Object e = todo.pop();
            if (e instanceof String s) {
                sb.append(s);
            } else if (e instanceof Token t) {
                sb.append(' ').append(t.kind()).append('#').append(at(index, t));
            } else {
                Node n = (Node) e;
                sb.append(' ').append(n.kind()).append('[').append(at(index, n.first())).append(',')
                        .append(at(index, n.last())).append("](");
                todo.push(")");
                for (int i = n.children().size() - 1; i >= 0; i--) {
                    TreeElement c = n.children().get(i);
                    if (c instanceof Node child && child.parent() != n) {
                        todo.push(" WRONG-PARENT");
                    }
                    todo.push(c);
                }
            }
        }
        return sb.toString();
    }

    /** A token's index among the file's, or for one that is not among them (a line's end) its kind and range. */
    private static Object at(Map<Token, Integer> index, Token t) {
        Integer i = index.get(t);
        return i != null ? i : t == null ? "null" : t.kind() + "@" + t.range();
    }

    private static final String[] NOISE = {"(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "+=", "not", "in",
        "is", "if", "else", "for", "lambda", "**", "*", "-", "~", "and", "or", "x", "1", "'s'", "as", "print", ">>",
        "import", "from", "<", "==", "<>", "%", "//", "|", "^", "&", "<<", "return", "yield", "`"};

    private static void mutate(Random r, List<String> tokens) {
        int edits = 1 + r.nextInt(2);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(tokens.size() + 1);
            switch (r.nextInt(3)) {
                case 0 -> tokens.add(at, NOISE[r.nextInt(NOISE.length)]);
                case 1 -> {
                    if (at < tokens.size() && tokens.size() > 1) {
                        tokens.remove(at);
                    }
                }
                default -> {
                    if (at < tokens.size()) {
                        tokens.set(at, NOISE[r.nextInt(NOISE.length)]);
                    }
                }
            }
        }
    }

    /** A random logical line from the grammar, as tokens; biased to where the parsers could disagree. */
    private static final class Lines {
        private static final String[] BINARY = {"**", "*", "/", "//", "%", "+", "-", "<<", ">>", "&", "^", "|", "<",
            ">", "==", "!=", "<>", "<=", ">=", "in", "not in", "is", "is not", "and", "or"};
        private static final String[] PREFIX = {"-", "+", "~", "not"};
        private static final String[] AUGMENTED = {"+=", "-=", "*=", "/=", "%=", "//=", "**=", "&=", "|=", "^=",
            "<<=", ">>="};
        private final Random r;
        private final List<String> out;

        Lines(Random r, List<String> out) {
            this.r = r;
            this.out = out;
        }

        private void t(String s) {
            out.add(s);
        }

        private boolean p(int percent) {
            return r.nextInt(100) < percent;
        }

        void line() {
            if (p(30)) {
                clause();
                t(":");
                if (p(40)) {
                    smallStatements();
                }
            } else {
                smallStatements();
            }
        }

        private void clause() {
            switch (r.nextInt(11)) {
                case 0 -> { t("if"); test(3); }
                case 1 -> { t("elif"); test(3); }
                case 2 -> t("else");
                case 3 -> { t("for"); targetList(2); t("in"); testList(2); }
                case 4 -> { t("while"); test(3); }
                case 5 -> t("try");
                case 6 -> {
                    t("except");
                    if (p(70)) {
                        test(2);
                        if (p(50)) {
                            t(p(50) ? "as" : ",");
                            target(1);
                        }
                    }
                }
                case 7 -> t("finally");
                case 8 -> {
                    t("def");
                    name();
                    t("(");
                    if (p(70)) {
                        parameters(2);
                    }
                    t(")");
                }
                case 9 -> {
                    t("class");
                    name();
                    if (p(60)) {
                        t("(");
                        if (p(60)) {
                            testList(2);
                        }
                        t(")");
                    }
                }
                default -> {
                    t("with");
                    do {
                        test(2);
                        if (p(50)) {
                            t("as");
                            target(1);
                        }
                    } while (p(30) && comma());
                }
            }
        }

        private boolean comma() {
            t(",");
            return true;
        }

        private void smallStatements() {
            smallStatement();
            while (p(25)) {
                t(";");
                if (p(20)) {
                    return;
                }
                smallStatement();
            }
        }

        private void smallStatement() {
            int k = r.nextInt(20);
            switch (k) {
                case 0 -> {
                    t("import");
                    do {
                        dottedName();
                        if (p(30)) {
                            t("as");
                            name();
                        }
                    } while (p(30) && comma());
                }
                case 1 -> {
                    t("from");
                    while (p(30)) {
                        t(".");
                    }
                    if (p(80)) {
                        dottedName();
                    }
                    t("import");
                    if (p(20)) {
                        t("*");
                    } else {
                        boolean paren = p(40);
                        if (paren) {
                            t("(");
                        }
                        do {
                            name();
                            if (p(30)) {
                                t("as");
                                name();
                            }
                        } while (p(30) && comma());
                        if (p(20)) {
                            t(",");
                        }
                        if (paren) {
                            t(")");
                        }
                    }
                }
                case 2 -> {
                    t("print");
                    if (p(30)) {
                        t(">>");
                        tests(2);
                    } else if (p(70)) {
                        tests(2);
                    }
                }
                case 3 -> t(new String[] {"pass", "break", "continue"}[r.nextInt(3)]);
                case 4 -> {
                    t("return");
                    if (p(70)) {
                        testList(2);
                    }
                }
                case 5 -> { t("del"); testList(2); }
                case 6 -> {
                    t("global");
                    do {
                        name();
                    } while (p(30) && comma());
                }
                case 7 -> {
                    t("raise");
                    if (p(70)) {
                        test(2);
                        if (p(40)) {
                            t(",");
                            test(2);
                            if (p(40)) {
                                t(",");
                                test(2);
                            }
                        }
                    }
                }
                case 8 -> {
                    t("assert");
                    test(2);
                    if (p(40)) {
                        t(",");
                        test(2);
                    }
                }
                default -> {
                    testList(3);
                    if (p(60)) {
                        do {
                            t("=");
                            testList(3);
                        } while (p(15));
                    } else if (p(30)) {
                        t(AUGMENTED[r.nextInt(AUGMENTED.length)]);
                        testList(3);
                    }
                }
            }
        }

        private void tests(int d) {
            test(d);
            while (p(30)) {
                t(",");
                if (p(20)) {
                    return;
                }
                test(d);
            }
        }

        private void dottedName() {
            name();
            while (p(25)) {
                t(".");
                name();
            }
        }

        private void name() {
            t(new String[] {"a", "b", "memory", "x", "_y1"}[r.nextInt(5)]);
        }

        private void parameters(int d) {
            parameter(d);
            while (p(40)) {
                t(",");
                if (p(15)) {
                    return;
                }
                parameter(d);
            }
        }

        private void parameter(int d) {
            switch (r.nextInt(6)) {
                case 0 -> { t("*"); name(); }
                case 1 -> { t("**"); name(); }
                case 2 -> { t("("); targetList(d - 1); t(")"); }
                case 3 -> { name(); t("="); test(d - 1); }
                default -> name();
            }
        }

        private void targetList(int d) {
            target(d);
            while (p(30)) {
                t(",");
                if (p(20)) {
                    return;
                }
                target(d);
            }
        }

        private void target(int d) {
            int k = d <= 0 ? 0 : r.nextInt(5);
            switch (k) {
                case 1 -> { t("("); targetList(d - 1); t(")"); }
                case 2 -> { t("["); targetList(d - 1); t("]"); }
                default -> {
                    name();
                    while (d > 0 && p(25)) {
                        if (p(50)) {
                            t(".");
                            name();
                        } else {
                            t("[");
                            test(d - 1);
                            t("]");
                        }
                    }
                }
            }
        }

        private void testList(int d) {
            tests(d);
        }

        private void test(int d) {
            if (d > 0 && p(8)) {
                t("lambda");
                if (p(50)) {
                    parameters(d - 1);
                }
                t(":");
                test(d - 1);
            } else if (d > 0 && p(12)) {
                expr(d);
                t("if");
                expr(d - 1);
                t("else");
                test(d - 1);
            } else {
                expr(d);
            }
        }

        private void expr(int d) {
            if (d <= 0) {
                leaf();
                return;
            }
            int k = r.nextInt(10);
            if (k < 4) {
                expr(d - 1);
                t(BINARY[r.nextInt(BINARY.length)]);
                expr(d - 1);
                if (p(40)) { // chains of one operator, or of several: where precedence and associativity show
                    t(BINARY[r.nextInt(BINARY.length)]);
                    expr(d - 1);
                }
            } else if (k < 6) {
                t(PREFIX[r.nextInt(PREFIX.length)]);
                expr(d - 1);
            } else if (k < 8) {
                expr(d - 1);
                switch (r.nextInt(3)) {
                    case 0 -> {
                        t("(");
                        if (p(70)) {
                            arguments(d - 1);
                        }
                        t(")");
                    }
                    case 1 -> { t("["); subscripts(d - 1); t("]"); }
                    default -> { t("."); name(); }
                }
            } else {
                atom(d);
            }
        }

        private void arguments(int d) {
            do {
                switch (r.nextInt(6)) {
                    case 0 -> { name(); t("="); test(d); }
                    case 1 -> { t("*"); test(d); }
                    case 2 -> { t("**"); test(d); }
                    case 3 -> { test(d); compFor(d); }
                    default -> test(d);
                }
            } while (p(40) && comma() && !p(10));
        }

        private void subscripts(int d) {
            do {
                if (p(50)) {
                    test(d);
                } else {
                    if (p(60)) {
                        test(d);
                    }
                    t(":");
                    if (p(60)) {
                        test(d);
                    }
                    if (p(40)) {
                        t(":");
                        if (p(50)) {
                            test(d);
                        }
                    }
                }
            } while (p(25) && comma() && !p(15));
        }

        private void compFor(int d) {
            t("for");
            targetList(1);
            t("in");
            expr(d);
            while (p(40)) {
                if (p(40)) {
                    compFor(d - 1);
                } else {
                    t("if");
                    expr(d);
                }
            }
        }

        private void atom(int d) {
            switch (r.nextInt(6)) {
                case 0, 1 -> {
                    boolean paren = p(50);
                    t(paren ? "(" : "[");
                    if (p(80)) {
                        if (p(30)) {
                            test(d - 1);
                            compFor(d - 1);
                        } else {
                            testList(d - 1);
                        }
                    }
                    t(paren ? ")" : "]");
                }
                case 2 -> {
                    t("{");
                    if (p(80)) {
                        if (p(60)) {
                            do {
                                test(d - 1);
                                t(":");
                                test(d - 1);
                            } while (p(40) && comma() && !p(15));
                        } else {
                            testList(d - 1);
                        }
                    }
                    t("}");
                }
                default -> leaf();
            }
        }

        private void leaf() {
            switch (r.nextInt(8)) {
                case 0 -> t(new String[] {"1", "0x1f", "2.5", "1e3", "7L"}[r.nextInt(5)]);
                case 1 -> {
                    t("'s'");
                    while (p(20)) {
                        t("\"t\"");
                    }
                }
                case 2 -> t(new String[] {"True", "False", "None"}[r.nextInt(3)]);
                default -> name();
            }
        }
    }
}
