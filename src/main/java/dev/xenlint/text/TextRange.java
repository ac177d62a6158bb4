package dev.xenlint.text;

/**
 * A half-open range [start, end) of UTF-16 offsets into a {@link SourceText}'s
 * text (the BOM, if any, is not part of the text).
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public static TextRange empty(int offset) {
        return new TextRange(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }

    public TextRange cover(TextRange other) {
        return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
    }

    // equals, hashCode and toString written out, with the values the generated ones give: a record's
    // own are bootstrapped through method handles on first use (ObjectMethods, about fourteen classes
    // spun at run time, 10 ms of a one-file check), and ranges are map keys on the start-up path.

    @Override
    public boolean equals(Object o) {
        return o instanceof TextRange r && r.start == start && r.end == end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public String toString() {
        return "TextRange[start=" + start + ", end=" + end + "]";
    }
}
