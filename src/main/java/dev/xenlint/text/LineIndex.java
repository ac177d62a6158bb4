package dev.xenlint.text;

import java.util.Arrays;

/** Maps UTF-16 offsets to 1-based line and column numbers and back. */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int n = text.length();
        // String.indexOf scans the string's own array in one call; a charAt per character costs a call
        // and a range check each under the quick compiler, the one short runs use (issue 14)
        int cr = text.indexOf('\r');
        int i = text.indexOf('\n');
        while (true) {
            int end;
            if (cr >= 0 && (i < 0 || cr < i)) {
                if (cr + 1 < n && text.charAt(cr + 1) == '\n') {
                    end = cr + 1; // CRLF: the line ends after the LF
                    i = text.indexOf('\n', end + 1);
                } else {
                    end = cr;
                }
                cr = text.indexOf('\r', cr + 1);
            } else if (i >= 0) {
                end = i;
                i = text.indexOf('\n', i + 1);
            } else {
                break;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = end + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** Number of lines; a text ending in a newline has an empty last line. */
    public int lineCount() {
        return lineStarts.length;
    }

    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = lineOf(clamped);
        return new Position(line + 1, clamped - lineStarts[line] + 1);
    }

    /** 0-based line containing the offset. */
    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        return idx >= 0 ? idx : -idx - 2;
    }

    /**
     * 0-based line containing the offset, for offsets asked in increasing order: {@code near} (the line
     * the last answer gave) and the line after it are tried before the lines are searched. A loop over a
     * file's problems in order asks once per line of a hundred thousand (issue 9).
     */
    public int lineOf(int offset, int near) {
        int[] starts = lineStarts;
        if (near >= 0 && near < starts.length && offset >= starts[near]) {
            if (near + 1 == starts.length || offset < starts[near + 1]) {
                return near;
            }
            if (near + 2 == starts.length || offset < starts[near + 2]) {
                return near + 1;
            }
        }
        return lineOf(offset);
    }

    /** UTF-16 offset of a 1-based line and column, clamped to the text. */
    public int offset(int line, int column) {
        int l = Math.max(1, Math.min(line, lineStarts.length)) - 1;
        return Math.min(lineStarts[l] + Math.max(0, column - 1), lineEnd(l + 1));
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just before the line terminator of a 1-based line. */
    public int lineEnd(int line) {
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** The text of a 1-based line without its terminator. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }
}
