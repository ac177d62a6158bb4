package dev.xenlint.syntax;

import dev.xenlint.syntax.gen.XenParser;

/** The keyword that opens a clause of a compound statement. */
public enum ClauseKind {
    IF, ELIF, ELSE, FOR, WHILE, TRY, EXCEPT, FINALLY, DEF, CLASS, WITH;

    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a clause of this kind may follow a clause of kind {@code previous} in one statement. */
    public boolean mayFollow(ClauseKind previous) {
        return switch (this) {
            case ELIF -> previous == IF || previous == ELIF;
            case ELSE -> previous == IF || previous == ELIF || previous == FOR || previous == WHILE
                    || previous == EXCEPT;
            case EXCEPT -> previous == TRY || previous == EXCEPT;
            case FINALLY -> previous == TRY || previous == EXCEPT || previous == ELSE;
            default -> false;
        };
    }

    /** Whether this clause only continues a statement opened by another clause. */
    public boolean isContinuation() {
        return this == ELIF || this == ELSE || this == EXCEPT || this == FINALLY;
    }

    static ClauseKind of(XenParser.ClauseContext clause) {
        if (clause instanceof XenParser.IfClauseContext) {
            return IF;
        } else if (clause instanceof XenParser.ElifClauseContext) {
            return ELIF;
        } else if (clause instanceof XenParser.ElseClauseContext) {
            return ELSE;
        } else if (clause instanceof XenParser.ForClauseContext) {
            return FOR;
        } else if (clause instanceof XenParser.WhileClauseContext) {
            return WHILE;
        } else if (clause instanceof XenParser.TryClauseContext) {
            return TRY;
        } else if (clause instanceof XenParser.ExceptClauseContext) {
            return EXCEPT;
        } else if (clause instanceof XenParser.FinallyClauseContext) {
            return FINALLY;
        } else if (clause instanceof XenParser.DefClauseContext) {
            return DEF;
        } else if (clause instanceof XenParser.ClassClauseContext) {
            return CLASS;
        }
        return WITH;
    }
}
