package dev.xenlint.syntax;

import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * One logical line: the statements on a physical line, or on several lines
 * joined by open brackets or a backslash.
 *
 * @param tree       the parse tree; {@code null} when the line was not parsed
 *                   (nested too deeply)
 * @param range      from the first to the last visible token, newline excluded
 * @param indent     visual indentation, tabs advancing to the next multiple of 8
 * @param firstToken index in {@link SyntaxTree#tokens()} of the first visible token
 * @param lastToken  index of the last token of the line (its NEWLINE if it has one)
 * @param hasError   whether a syntax error was reported on this line
 * @param treeIncomplete whether the parser had to recover on this line, so that the tree
 *                   does not reflect what was written (lexical errors alone leave it complete)
 */
public record LogicalLine(Node tree, TextRange range, int indent, int firstToken, int lastToken,
                          boolean hasError, boolean treeIncomplete) {

    /** The clause kind when this line is the header of a compound statement, else null. */
    public ClauseKind clauseKind() {
        Node clause = clause();
        return clause == null ? null : ClauseKind.of(clause);
    }

    /** The header of a compound statement on this line ({@code if x}), or null. */
    public Node clause() {
        return tree == null ? null : tree.node(NodeKind.Category.CLAUSE, 0);
    }

    /** Statements on this line: the whole line, or those after a header's colon. */
    public List<Node> smallStatements() {
        Node statements = tree == null ? null : tree.node(NodeKind.SMALL_STATEMENTS);
        if (statements == null) {
            return List.of();
        }
        return statements.nodes(NodeKind.Category.STATEMENT);
    }

    /** Whether a header carries its body on the same line ({@code if x: a = 1}). */
    public boolean hasInlineBody() {
        return clause() != null && tree.node(NodeKind.SMALL_STATEMENTS) != null;
    }
}
