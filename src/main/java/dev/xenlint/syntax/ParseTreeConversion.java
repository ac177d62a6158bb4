package dev.xenlint.syntax;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * Turns an ANTLR parse tree into xenlint's own {@link Node}s, so that nothing outside this
 * package sees ANTLR's types. The conversion keeps the tree's shape exactly: one node per
 * context, one token per terminal the parser read (tokens ANTLR invented during error recovery
 * are left out: they are not in the text). It is iterative, as trees of long operator chains are
 * deep.
 */
final class ParseTreeConversion {

    /**
     * Context class to kind: {@code CallExprContext} is {@link NodeKind#CALL_EXPR}. A class value, not a
     * map keyed by class: a class's identity hash code is a call into the VM from code the quick compiler
     * made, once per node of every line with a syntax error (a file of them spent 2 % there).
     */
    private static final ClassValue<NodeKind> KINDS = new ClassValue<>() {
        @Override
        protected NodeKind computeValue(Class<?> c) { // no lambda, no regular expression: see StartupPathTest
            String name = c.getSimpleName();
            return NodeKind.valueOf(upperSnake(name.substring(0, name.length() - "Context".length())));
        }
    };

    private ParseTreeConversion() {
    }

    /**
     * @param own the project's token for an ANTLR token of the line, or null for one that is not in
     *            the text (invented by error recovery); for the line's end (ANTLR's EOF, or null) the
     *            empty {@link TokenKind#EOF} token where the line ends
     */
    static Node convert(ParserRuleContext root, Function<org.antlr.v4.runtime.Token, Token> own) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root));
        while (true) {
            Frame f = stack.peek();
            if (f.next < f.count()) {
                // read as an Object and tested against classes: a cast to ParseTree and a test for TerminalNode,
                // two interfaces, on the same class in turn missed the JVM's one-entry cache of each class's
                // interfaces each time (a call into the VM's slow subtype check)
                Object child = f.childAt(f.next++);
                if (child instanceof ParserRuleContext c) {
                    stack.push(new Frame(c));
                } else if (child instanceof TerminalNodeImpl t) { // ErrorNodeImpl too: every terminal ANTLR makes
                    Token token = own.apply(t.getSymbol());
                    if (token != null && token.kind() != TokenKind.EOF) {
                        f.add(token);
                    }
                }
                continue;
            }
            stack.pop();
            Node node = node(f, own);
            f.ctx.children = null; // converted: its subtree (the generated parser's) is garbage from here on
            if (stack.isEmpty()) {
                return node;
            }
            stack.peek().add(node);
        }
    }

    private static Node node(Frame f, Function<org.antlr.v4.runtime.Token, Token> own) {
        org.antlr.v4.runtime.Token start = f.ctx.getStart();
        org.antlr.v4.runtime.Token stop = f.ctx.getStop();
        Token first = start == null ? null : own.apply(start);
        if (first == null) {
            first = firstTokenOf(f.children, f.count);
        }
        Token last = first;
        if (stop != null && stop.getType() != org.antlr.v4.runtime.Token.EOF && start != null
                && stop.getStopIndex() >= start.getStartIndex()) {
            Token mapped = own.apply(stop);
            if (mapped != null) {
                last = mapped;
            }
        }
        if (first == null) { // nothing of the node is in the text: it stands at the line's end
            first = own.apply(null);
            last = first;
        }
        NodeKind kind = kindOf(f.ctx);
        return switch (f.count) {
            case 0 -> new Node(kind, List.of(), first, last);
            case 1 -> new Node(kind, f.children[0], first, last);
            default -> new Node(kind, f.count == f.children.length ? f.children
                    : java.util.Arrays.copyOf(f.children, f.count), first, last);
        };
    }

    private static Token firstTokenOf(TreeElement[] children, int count) {
        for (int i = 0; i < count; i++) {
            TreeElement e = children[i];
            if (e instanceof Token t) {
                return t;
            }
            Token inner = ((Node) e).first();
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static NodeKind kindOf(ParserRuleContext ctx) {
        return KINDS.get(ctx.getClass());
    }

    /** {@code SmallStatement} to {@code SMALL_STATEMENT}: an underscore before each upper-case letter that follows a lower-case one. */
    static String upperSnake(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (i > 0 && ch >= 'A' && ch <= 'Z') {
                char before = name.charAt(i - 1);
                if (before >= 'a' && before <= 'z') {
                    sb.append('_');
                }
            }
            sb.append(ch);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * A context being converted: its children so far, in an array of the context's number of children (the
     * most there can be: the tokens recovery invented are left out), which the node takes as it is when none
     * was (no list, and no copy, per node).
     */
    private static final class Frame {
        private static final TreeElement[] NONE = new TreeElement[0];
        final ParserRuleContext ctx;
        final TreeElement[] children;
        int count;
        int next;

        Frame(ParserRuleContext ctx) {
            this.ctx = ctx;
            int n = ctx.getChildCount();
            this.children = n == 0 ? NONE : new TreeElement[n];
        }

        /** The context's number of children. */
        int count() {
            return children.length;
        }

        /** The context's {@code i}-th child, not cast to {@code ParseTree}. */
        Object childAt(int i) {
            return ((List<?>) ctx.children).get(i);
        }

        void add(TreeElement e) {
            children[count++] = e;
        }
    }
}
