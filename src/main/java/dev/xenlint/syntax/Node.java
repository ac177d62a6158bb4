package dev.xenlint.syntax;

import dev.xenlint.text.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A node of the parse tree of one logical line: its {@link NodeKind}, its children (nodes and the
 * tokens the parser read, in order; trivia is not in the tree but in {@link SyntaxTree#tokens()}),
 * and its first and last token. Nodes compare by identity.
 *
 * <p>The accessors mirror the grammar: {@code node(Category.EXPR, 1)} is the second expression
 * child of a node, {@code token(TokenKind.IF)} its {@code if} keyword; they return null (or an
 * empty list) when the part is absent, as it may be on a line with a syntax error.
 */
public final class Node implements TreeElement {

    private static final TreeElement[] NONE = new TreeElement[0];

    private final NodeKind kind;
    /**
     * The children: the one child itself when there is one (most nodes: the chains of one child from a
     * test down to its atom), else an array of them (none, or two and more), never changed after the
     * constructor. No list per node: a file's nodes all live as long as its tree, and a list kept in
     * each was two fifths of what they held (issues 9 and 14).
     */
    private final Object children;
    private final Token first;
    private final Token last;
    private Node parent;

    /**
     * A node of the children {@code children} (copied into an array of their number: given an empty one,
     * {@code toArray} makes the array by reflection, which the quick compiler leaves a call into the JVM, a
     * seventh of converting the generated parser's trees).
     */
    Node(NodeKind kind, List<TreeElement> children, Token first, Token last) {
        this(kind, children.size() == 1 ? children.get(0)
                : children.isEmpty() ? NONE : children.toArray(new TreeElement[children.size()]), first, last);
    }

    /** A node of one child. */
    Node(NodeKind kind, TreeElement only, Token first, Token last) {
        this(kind, (Object) only, first, last);
    }

    /** A node of these children, two or more, the array its own from here on. */
    Node(NodeKind kind, TreeElement[] children, Token first, Token last) {
        this(kind, children.length == 1 ? children[0] : children, first, last);
    }

    private Node(NodeKind kind, Object children, Token first, Token last) {
        this.kind = kind;
        this.children = children;
        this.first = first;
        this.last = last;
        if (children instanceof Node n) {
            n.parent = this;
        } else if (!(children instanceof Token)) {
            TreeElement[] all = (TreeElement[]) children;
            for (TreeElement c : all) {
                if (c instanceof Node n) {
                    n.parent = this;
                }
            }
        }
    }

    public NodeKind kind() {
        return kind;
    }

    public boolean is(NodeKind k) {
        return kind == k;
    }

    public boolean is(NodeKind.Category c) {
        return kind.category() == c;
    }

    /** The enclosing node, or null for a line's root. */
    public Node parent() {
        return parent;
    }

    /** The children, in order (an unmodifiable list made on each call: {@link #child} reads them without one). */
    public List<TreeElement> children() {
        Object c = children;
        if (c instanceof Node n) {
            return List.of(n);
        }
        if (c instanceof Token t) {
            return List.of(t);
        }
        return List.of((TreeElement[]) c);
    }

    // The one child is tested for with the two final classes, not for the array of the interface: a test
    // for TreeElement[] (or a cast to TreeElement) is a walk of the class's secondary supers when the field
    // holds all three types, as it does; Node and Token are one class compare each (about a fifth of a warm
    // analysis's time, issue 14).

    /** How many children the node has. */
    public int childCount() {
        Object c = children;
        return c instanceof Node || c instanceof Token ? 1 : ((TreeElement[]) c).length;
    }

    /** The {@code index}-th child. */
    public TreeElement child(int index) {
        Object c = children;
        if (c instanceof Node n) {
            java.util.Objects.checkIndex(index, 1);
            return n;
        }
        if (c instanceof Token t) {
            java.util.Objects.checkIndex(index, 1);
            return t;
        }
        return ((TreeElement[]) c)[index];
    }

    /** The first token of this node (where the parser entered it). */
    public Token first() {
        return first;
    }

    /** The last token of this node; {@link #first()} when the node holds no token of its own. */
    public Token last() {
        return last;
    }

    /** From the start of the first token to the end of the last. */
    public TextRange range() {
        // one object, as the two tokens' ranges covered would give
        return new TextRange(Math.min(first.start(), last.start()), Math.max(first.end(), last.end()));
    }

    /** The texts of the node's tokens concatenated, without the trivia between them. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        Deque<TreeElement> todo = new ArrayDeque<>();
        todo.push(this);
        while (!todo.isEmpty()) { // iterative: trees may be deep
            TreeElement e = todo.pop();
            if (e instanceof Token t) {
                sb.append(t.text());
            } else {
                Node n = (Node) e;
                for (int i = n.childCount() - 1; i >= 0; i--) {
                    todo.push(n.child(i));
                }
            }
        }
        return sb.toString();
    }

    /** The child nodes, in order. */
    public List<Node> nodes() {
        List<Node> out = new ArrayList<>(childCount());
        for (int i = 0, size = childCount(); i < size; i++) {
            TreeElement c = child(i);
            if (c instanceof Node n) {
                out.add(n);
            }
        }
        return out;
    }

    /** The child nodes of one kind. */
    public List<Node> nodes(NodeKind k) {
        List<Node> out = new ArrayList<>(2);
        for (int i = 0, size = childCount(); i < size; i++) {
            TreeElement c = child(i);
            if (c instanceof Node n && n.kind == k) {
                out.add(n);
            }
        }
        return out;
    }

    /** The child nodes of one category (every form of a rule). */
    public List<Node> nodes(NodeKind.Category cat) {
        List<Node> out = new ArrayList<>(2);
        for (int i = 0, size = childCount(); i < size; i++) {
            TreeElement c = child(i);
            if (c instanceof Node n && n.kind.category() == cat) {
                out.add(n);
            }
        }
        return out;
    }

    /** The first child node of a kind, or null. */
    public Node node(NodeKind k) {
        for (int i = 0, size = childCount(); i < size; i++) {
            TreeElement c = child(i);
            if (c instanceof Node n && n.kind == k) {
                return n;
            }
        }
        return null;
    }

    /** The {@code index}-th child node of a category, or null. */
    public Node node(NodeKind.Category cat, int index) {
        int seen = 0;
        for (int i = 0, size = childCount(); i < size; i++) {
            TreeElement c = child(i);
            if (c instanceof Node n && n.kind.category() == cat && seen++ == index) {
                return n;
            }
        }
        return null;
    }

    /** The child tokens of a kind. */
    public List<Token> tokens(TokenKind k) {
        List<Token> out = new ArrayList<>(2);
        for (int i = 0, size = childCount(); i < size; i++) {
            TreeElement c = child(i);
            if (c instanceof Token t && t.kind() == k) {
                out.add(t);
            }
        }
        return out;
    }

    /** The first child token of a kind, or null. */
    public Token token(TokenKind k) {
        for (int i = 0, size = childCount(); i < size; i++) {
            TreeElement c = child(i);
            if (c instanceof Token t && t.kind() == k) {
                return t;
            }
        }
        return null;
    }

    /** Whether a child token of this kind is present. */
    public boolean has(TokenKind k) {
        return token(k) != null;
    }

    /** The first child token: the operator of a unary or binary expression. */
    public Token operator() {
        for (int i = 0, size = childCount(); i < size; i++) {
            TreeElement c = child(i);
            if (c instanceof Token t) {
                return t;
            }
        }
        return null;
    }

    // shorthands for the parts of expressions and lists

    /** The {@code index}-th expression child, or null. */
    public Node expr(int index) {
        return node(NodeKind.Category.EXPR, index);
    }

    /** The {@code index}-th test child, or null. */
    public Node test(int index) {
        return node(NodeKind.Category.TEST, index);
    }

    public List<Node> tests() {
        return nodes(NodeKind.Category.TEST);
    }

    /** The atom child, or null. */
    public Node atom() {
        return node(NodeKind.Category.ATOM, 0);
    }

    /**
     * The name when this test, or this test list, is one plain name ({@code memory}, not
     * {@code memory,} or {@code memory if x else y}); else null.
     */
    public String plainName() {
        Node test = this;
        if (kind == NodeKind.TEST_LIST) {
            List<Node> tests = tests();
            if (tests.size() != 1 || has(TokenKind.COMMA)) {
                return null;
            }
            test = tests.get(0);
        }
        if (!test.is(NodeKind.CONDITIONAL_TEST) || test.has(TokenKind.IF)) {
            return null;
        }
        Node expr = test.expr(0);
        Node atom = expr == null || !expr.is(NodeKind.ATOM_EXPR) ? null : expr.atom();
        Token name = atom != null && atom.is(NodeKind.NAME_ATOM) ? atom.token(TokenKind.NAME) : null;
        return name == null ? null : name.text();
    }

    @Override
    public String toString() {
        return kind + "@" + range();
    }
}
