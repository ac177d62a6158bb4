package dev.xenlint.model;

import dev.xenlint.text.TextRange;

/**
 * One assignment to a top-level name, in file order.
 *
 * @param statement the whole statement, {@code key = value}
 * @param keyRange  the name being assigned
 * @param valueRange the right-hand side
 * @param append    {@code key += value}
 * @param value     the name's value after this statement (for {@code +=}, the joined value)
 * @param operand   the value of the right-hand side (for {@code =}, the same as {@code value})
 * @param condition the conditions under which the statement runs (Python text, joined with
 *                  " and "), or null when it always runs
 */
public record Assignment(String key, TextRange statement, TextRange keyRange, TextRange valueRange, boolean append,
                         Value value, Value operand, String condition) {

    /**
     * The right-hand side's range is the operand's own object when the two are equal (a literal: most
     * assignments), not a second one: a file's assignments all live as long as its model (issue 9).
     */
    public Assignment {
        TextRange own = operand == null ? null : operand.range();
        if (valueRange != null && valueRange.equals(own)) {
            valueRange = own;
        }
    }

    public boolean isConditional() {
        return condition != null;
    }
}
