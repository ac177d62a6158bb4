package dev.xenlint.syntax;

import dev.xenlint.syntax.gen.XenParser;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

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
        List<JoinedString> out = new ArrayList<>();
        for (LogicalLine line : tree.lines()) {
            if (line.tree() != null) {
                collect(tree, line.tree(), out);
            }
        }
        return List.copyOf(out);
    }

    private static void collect(SyntaxTree tree, ParseTree node, List<JoinedString> out) {
        if (node instanceof XenParser.StringAtomContext atom && atom.STRING().size() > 1) {
            List<TextRange> parts = new ArrayList<>();
            List<TextRange> gaps = new ArrayList<>();
            for (TerminalNode s : atom.STRING()) {
                TextRange r = tree.range(s.getSymbol());
                if (!parts.isEmpty()) {
                    gaps.add(new TextRange(parts.get(parts.size() - 1).end(), r.start()));
                }
                parts.add(r);
            }
            out.add(new JoinedString(parts.get(0).cover(parts.get(parts.size() - 1)), List.copyOf(parts),
                    List.copyOf(gaps), isListItem(atom)));
            return;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collect(tree, node.getChild(i), out);
        }
    }

    /** atom ← atomExpr ← conditionalTest (without `if`) ← testList ← listAtom. */
    private static boolean isListItem(XenParser.StringAtomContext atom) {
        ParserRuleContext p = atom.getParent();
        if (!(p instanceof XenParser.AtomExprContext)) {
            return false;
        }
        p = p.getParent();
        if (!(p instanceof XenParser.ConditionalTestContext c) || c.IF() != null) {
            return false;
        }
        p = p.getParent();
        return p instanceof XenParser.TestListContext && p.getParent() instanceof XenParser.ListAtomContext;
    }
}
