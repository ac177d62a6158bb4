package dev.xenlint.syntax;

import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjacent string literals that Python (and xenlint's reading of xl) joins into one value:
 * {@code "a" "b"} is {@code "ab"}. Inside a list this is usually a missing comma.
 *
 * @param range  from the first literal to the last
 * @param parts  each literal, quotes included
 * @param gaps   the text between consecutive literals (whitespace, a line break, a comment), one fewer
 *               than {@code parts}; an empty range where two literals touch ({@code "a""b"})
 * @param inList whether the joined string is an item of a list ({@code [ "a" "b" ]})
 */
public record JoinedString(TextRange range, List<TextRange> parts, List<TextRange> gaps, boolean inList) {

    /** Every joined string of a file, in file order. */
    public static List<JoinedString> of(SyntaxTree tree) {
        return of(tree, false);
    }

    /** As {@link #of(SyntaxTree)}; with {@code everyTree}, every line's tree is walked (for a test). */
    static List<JoinedString> of(SyntaxTree tree, boolean everyTree) {
        List<JoinedString> out = new ArrayList<>();
        List<Token> tokens = tree.tokens();
        for (LogicalLine line : tree.lines()) {
            if (everyTree && line.tree() != null) {
                collect(tree, line.tree(), out);
                continue;
            }
            // a line parsed without recovery holds a joined string only where two string tokens follow each
            // other (trivia aside); a recovered one only if it has two string tokens at all (recovery may skip a
            // token between them, and the tokens it invents are not in the tree): most lines have neither, and a
            // look at their tokens is cheaper than their tree
            if (line.tree() != null && (line.treeIncomplete() ? twoStrings(tokens, line) : adjacentStrings(tokens, line))) {
                collect(tree, line.tree(), out);
            }
        }
        return List.copyOf(out);
    }

    private static boolean twoStrings(List<Token> tokens, LogicalLine line) {
        boolean one = false;
        for (int i = line.firstToken(), last = line.lastToken(); i <= last; i++) {
            if (tokens.get(i).kind() == TokenKind.STRING) {
                if (one) {
                    return true;
                }
                one = true;
            }
        }
        return false;
    }

    private static boolean adjacentStrings(List<Token> tokens, LogicalLine line) {
        boolean afterString = false;
        for (int i = line.firstToken(), last = line.lastToken(); i <= last; i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == TokenKind.STRING) {
                if (afterString) {
                    return true;
                }
                afterString = true;
            } else if (!k.isTrivia()) {
                afterString = false;
            }
        }
        return false;
    }

    private static void collect(SyntaxTree tree, Node root, List<JoinedString> out) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) { // iterative: trees may be deep; children are pushed last first
            Node node = todo.pop();
            List<Token> strings = node.is(NodeKind.STRING_ATOM) ? node.tokens(TokenKind.STRING) : List.of();
            if (strings.size() > 1) {
                List<TextRange> parts = new ArrayList<>();
                List<TextRange> gaps = new ArrayList<>();
                for (Token s : strings) {
                    TextRange r = s.range();
                    if (!parts.isEmpty()) {
                        gaps.add(new TextRange(parts.get(parts.size() - 1).end(), r.start()));
                    }
                    parts.add(r);
                }
                out.add(new JoinedString(parts.get(0).cover(parts.get(parts.size() - 1)), List.copyOf(parts),
                        List.copyOf(gaps), isListItem(node)));
                continue;
            }
            for (int i = node.childCount() - 1; i >= 0; i--) { // not nodes(): no list per node
                if (node.child(i) instanceof Node child) {
                    todo.push(child);
                }
            }
        }
    }

    /** atom <- atomExpr <- conditionalTest (without `if`) <- testList <- listAtom. */
    private static boolean isListItem(Node atom) {
        Node p = atom.parent();
        if (p == null || !p.is(NodeKind.ATOM_EXPR)) {
            return false;
        }
        p = p.parent();
        if (p == null || !p.is(NodeKind.CONDITIONAL_TEST) || p.has(TokenKind.IF)) {
            return false;
        }
        p = p.parent();
        return p != null && p.is(NodeKind.TEST_LIST) && p.parent() != null && p.parent().is(NodeKind.LIST_ATOM);
    }
}
