package dev.xenlint.syntax;

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

    static ClauseKind of(Node clause) {
        return switch (clause.kind()) {
            case IF_CLAUSE -> IF;
            case ELIF_CLAUSE -> ELIF;
            case ELSE_CLAUSE -> ELSE;
            case FOR_CLAUSE -> FOR;
            case WHILE_CLAUSE -> WHILE;
            case TRY_CLAUSE -> TRY;
            case EXCEPT_CLAUSE -> EXCEPT;
            case FINALLY_CLAUSE -> FINALLY;
            case DEF_CLAUSE -> DEF;
            case CLASS_CLAUSE -> CLASS;
            default -> WITH; // WITH_CLAUSE, or a header the parser could not tell
        };
    }
}
