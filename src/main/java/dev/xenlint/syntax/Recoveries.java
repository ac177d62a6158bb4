package dev.xenlint.syntax;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The generated parser's recoveries of a file's lines, each kept by the token types of its line, to be
 * replayed on a later line of the same types.
 *
 * <p>Why a replay is exact: the generated parser, its prediction and {@link FriendlyErrorStrategy}'s
 * recovery read the types of the tokens alone (the grammar has no predicate that reads a text), so two
 * lines of the same visible token types get trees of the same shape, over their own tokens, and their
 * first error at the same token, with the same expected set and after reading as many tokens. The first
 * error's message is then made, for the later line, by the same function over that line's own tokens
 * ({@link FriendlyErrorStrategy#message}), and its place and repair by the code that makes them after a
 * parse. Only a line of at most {@link #MAX_TOKENS} visible tokens is kept (a longer one rarely repeats,
 * and its key would cost as much as it saves), and a line only when its first error was made by that
 * function (or is the fixed text of a line whose first error is not shown), so that nothing else it
 * depends on escapes the key. {@code RecoveryReplayTest} compares replayed lines with lines parsed.
 *
 * <p>A file with a syntax error on every line ({@code memory = = 512} a million bytes of it) otherwise spent
 * two thirds of its parse, and most of what the parse allocated, in the generated parser (issue 9).
 */
final class Recoveries {

    /** The most visible tokens (its NEWLINE counted) of a line whose recovery is kept. */
    static final int MAX_TOKENS = 64;
    /** The most recoveries kept for one file (one run of the parser): a file of random lines misses. */
    static final int MAX_KEPT = 1024;

    private final Map<Key, Recovery> kept = new HashMap<>();

    Recovery get(Key key) {
        return kept.get(key);
    }

    /** Whether {@link #MAX_KEPT} recoveries are kept: no more are (a file of lines that all differ). */
    boolean full() {
        return kept.size() >= MAX_KEPT;
    }

    void put(Key key, Recovery recovery) {
        if (!full()) {
            kept.put(key, recovery);
        }
    }

    /** The ANTLR types of a line's visible tokens, and whether its first error is shown. */
    static final class Key {
        private final int[] types;
        private final boolean shown;
        private final int hash;

        Key(int[] types, boolean shown) {
            this.types = types;
            this.shown = shown;
            this.hash = java.util.Arrays.hashCode(types) * 2 + (shown ? 1 : 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.shown == shown && java.util.Arrays.equals(k.types, types);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * What the generated parser made of a line, with tokens as indexes among the line's visible ones, the
     * line's end as the index after the last.
     *
     * @param tree     the tree, or null when the parser gave up on the line
     * @param errorAt  the token of the line's first error, or -1 when the parser found none
     * @param made     whether that error's message was {@link FriendlyErrorStrategy#message}'s; else the line's
     *                 first error is not shown and the message is {@link FriendlyErrorStrategy#FURTHER}
     * @param expected the types the parser expected there (when {@code made})
     * @param read     how many tokens it had read then (when {@code made})
     */
    record Recovery(Shape tree, int errorAt, boolean made, IntervalSet expected, int read) {
    }

    /**
     * A node of a kept tree: its kind, its first and last token, its children in order (an index of a
     * token, or {@code ~i} for {@code nodes[i]}).
     */
    record Shape(NodeKind kind, int first, int last, int[] children, Shape[] nodes) {

        /** The shape of {@code node}, whose tokens are at the indexes {@code index} gives. */
        static Shape of(Node node, IdentityHashMap<Token, Integer> index) {
            int count = node.childCount();
            int[] children = new int[count];
            int nodes = 0;
            for (int i = 0; i < count; i++) {
                if (node.child(i) instanceof Node) {
                    nodes++;
                }
            }
            Shape[] inner = new Shape[nodes];
            nodes = 0;
            for (int i = 0; i < count; i++) {
                TreeElement c = node.child(i);
                if (c instanceof Node n) {
                    inner[nodes] = of(n, index);
                    children[i] = ~nodes++;
                } else {
                    children[i] = at(index, (Token) c);
                }
            }
            return new Shape(node.kind(), at(index, node.first()), at(index, node.last()), children, inner);
        }

        private static int at(IdentityHashMap<Token, Integer> index, Token t) {
            Integer i = index.get(t);
            if (i == null) {
                throw new NotKept(); // a token not among the line's: the tree is not kept
            }
            return i;
        }

        /** The tree of this shape over {@code tokens}. */
        Node over(Token[] tokens) {
            int count = children.length;
            if (count == 1) {
                int c = children[0];
                return new Node(kind, c >= 0 ? tokens[c] : nodes[~c].over(tokens), tokens[first], tokens[last]);
            }
            if (count == 0) {
                return new Node(kind, java.util.List.of(), tokens[first], tokens[last]);
            }
            TreeElement[] made = new TreeElement[count];
            for (int i = 0; i < count; i++) {
                int c = children[i];
                made[i] = c >= 0 ? tokens[c] : nodes[~c].over(tokens);
            }
            return new Node(kind, made, tokens[first], tokens[last]);
        }
    }

    /** A tree holds a token that is not one of its line's: it is not kept. */
    static final class NotKept extends RuntimeException {
        NotKept() {
            super(null, null, false, false);
        }
    }
}
