package dev.xenlint.syntax;

import java.util.List;

/** A statement of the block structure derived from indentation. */
public sealed interface Statement permits Statement.Simple, Statement.Compound {

    /** A line of small statements: assignments, imports, print, pass, ... */
    record Simple(LogicalLine line) implements Statement {
    }

    /** if/elif/else, for/else, while/else, try/except/finally, def, class, with. */
    record Compound(List<Clause> clauses) implements Statement {
        public ClauseKind kind() {
            return clauses.get(0).kind();
        }
    }

    /**
     * One clause: its header line and the statements of its body. A header
     * with an inline body ({@code if x: a = 1}) has an empty {@code body};
     * its statements are {@link LogicalLine#smallStatements()} of the header.
     */
    record Clause(LogicalLine header, List<Statement> body) {
        public ClauseKind kind() {
            return header.clauseKind();
        }
    }
}
