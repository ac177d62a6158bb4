package dev.xenlint.model;

import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * A value found by evaluating a configuration statically. Python is never
 * executed: what can be folded to a constant is a constant, what depends on
 * the host or on the command line is {@link Dynamic} with the reason, and a
 * name assigned in branches of an {@code if} whose condition is not known is
 * {@link Alternatives}, one option per branch.
 */
public sealed interface Value {

    /** Source range of the expression that produced this value. */
    TextRange range();

    /** A word for the type, as messages use it: "string", "integer", "list", ... */
    String typeName();

    /** Every concrete option of this value: itself, or the options of {@link Alternatives}. */
    default List<Value> options() {
        return List.of(this);
    }

    /**
     * A string, with the source span of every char so that a diagnostic can
     * point at one character inside it. A char produced by formatting maps to
     * the whole expression that produced it.
     */
    record Str(String value, TextRange range, int[] starts, int[] ends) implements Value {
        public Str {
            if (starts.length != value.length() || ends.length != value.length()) {
                throw new IllegalArgumentException("span arrays must match the string");
            }
        }

        /** A string whose every char maps to the given range. */
        public static Str synthetic(String value, TextRange range) {
            int[] s = new int[value.length()];
            int[] e = new int[value.length()];
            java.util.Arrays.fill(s, range.start());
            java.util.Arrays.fill(e, range.end());
            return new Str(value, range, s, e);
        }

        /** Source range of chars [from, to) of the value; an empty range at the position for from == to. */
        public TextRange rangeOf(int from, int to) {
            if (value.isEmpty()) {
                return range;
            }
            if (from >= to) {
                int at = from < starts.length ? starts[from] : ends[ends.length - 1];
                return TextRange.empty(at);
            }
            int start = starts[from];
            int end = ends[Math.min(to, ends.length) - 1];
            return end >= start ? new TextRange(start, end) : range;
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    record Int(long value, TextRange range) implements Value {
        @Override
        public String typeName() {
            return "integer";
        }
    }

    record Float(double value, TextRange range) implements Value {
        @Override
        public String typeName() {
            return "float";
        }
    }

    record Bool(boolean value, TextRange range) implements Value {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record None(TextRange range) implements Value {
        @Override
        public String typeName() {
            return "None";
        }
    }

    record ListValue(List<Value> items, TextRange range) implements Value {
        @Override
        public String typeName() {
            return "list";
        }
    }

    record Tuple(List<Value> items, TextRange range) implements Value {
        @Override
        public String typeName() {
            return "tuple";
        }
    }

    record Dict(List<Value> keys, List<Value> values, TextRange range) implements Value {
        @Override
        public String typeName() {
            return "dict";
        }
    }

    /** A value xenlint cannot know without running Python on the host; {@code reason} says why. */
    record Dynamic(String reason, TextRange range) implements Value {
        @Override
        public String typeName() {
            return "dynamic";
        }
    }

    /** A name not bound on some path through the file (an option of {@link Alternatives}). */
    record Absent(TextRange range) implements Value {
        @Override
        public String typeName() {
            return "unset";
        }
    }

    /** The values a name may have after an {@code if} with a dynamic condition, one per path. */
    record Alternatives(List<Value> options, TextRange range) implements Value {
        @Override
        public String typeName() {
            return "alternatives";
        }

        /** Joins values, flattening nested alternatives and dropping repeats of the same option. */
        public static Value of(List<Value> values) {
            // an option is a repeat when it is the same object, or when both are Absent. The options
            // of a join share the slots of the join they extend (OptionList), so that a file of n `if`
            // blocks each adding an option to one name costs O(n): copying them was O(n^2) (issue 9)
            return OptionList.join(values);
        }
    }
}
