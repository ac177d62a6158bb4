package dev.xenlint.fix;

import dev.xenlint.text.SourceText;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two versions of a file, line by line, with three lines of context, made from their
 * bytes: what {@code patch} (or {@code git apply}) applied to the first gives the second byte for byte.
 * A line is cut after each LF, as those tools cut it, and keeps its own terminator, so a CR before the LF
 * (or a lone CR inside the line), a byte order mark and bytes that are not UTF-8 (a Latin-1 file) come out
 * as they are in the file; a last line without a LF is followed by the marker
 * {@code \ No newline at end of file}. Only the {@code ---}/{@code +++} names are encoded (in UTF-8).
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final byte[] NO_NEWLINE = "\\ No newline at end of file\n".getBytes(StandardCharsets.US_ASCII);

    private UnifiedDiff() {
    }

    /**
     * The diff of a file as read and as it would be written: each side is its text encoded as
     * {@link SourceText#encode} encodes it for writing (its charset, and its byte order mark if it has one).
     * For a text decoded from a file's bytes, the first side is those bytes.
     */
    public static byte[] of(SourceText before, SourceText after, String fromName, String toName) {
        return of(before.encode(before.text()), after.encode(after.text()), fromName, toName);
    }

    /** The diff of two byte contents; empty when they are equal. */
    public static byte[] of(byte[] before, byte[] after, String fromName, String toName) {
        if (java.util.Arrays.equals(before, after)) {
            return new byte[0];
        }
        // ISO-8859-1 maps each byte to one char and back: lines are compared and aligned as strings
        List<String> a = lines(new String(before, StandardCharsets.ISO_8859_1));
        List<String> b = lines(new String(after, StandardCharsets.ISO_8859_1));
        List<char[]> ops = new ArrayList<>(); // {kind}
        List<int[]> pos = new ArrayList<>(); // {indexA, indexB}
        new Aligner(a, b, ops, pos).align(0, a.size(), 0, b.size(), true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(before.length / 4 + after.length / 4 + 64);
        ascii(out, "--- ");
        out.writeBytes(fromName.getBytes(StandardCharsets.UTF_8));
        ascii(out, "\n+++ ");
        out.writeBytes(toName.getBytes(StandardCharsets.UTF_8));
        ascii(out, "\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == ' ') {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < ops.size() && (ops.get(end)[0] != ' ' || end - lastChange <= 2 * CONTEXT)) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int aStart = pos.get(start)[0];
            int bStart = pos.get(start)[1];
            int aCount = 0;
            int bCount = 0;
            for (int h = start; h < end; h++) {
                char kind = ops.get(h)[0];
                aCount += kind != '+' ? 1 : 0;
                bCount += kind != '-' ? 1 : 0;
            }
            ascii(out, "@@ -" + (aCount == 0 ? aStart : aStart + 1) + "," + aCount
                    + " +" + (bCount == 0 ? bStart : bStart + 1) + "," + bCount + " @@\n");
            for (int h = start; h < end; h++) {
                char kind = ops.get(h)[0];
                String line = kind == '+' ? b.get(pos.get(h)[1]) : a.get(pos.get(h)[0]);
                out.write(kind);
                out.writeBytes(line.getBytes(StandardCharsets.ISO_8859_1));
                if (!line.endsWith("\n")) { // the last line of its side, without a line feed
                    out.write('\n');
                    out.writeBytes(NO_NEWLINE);
                }
            }
            k = end;
        }
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Lines of {@code a} and {@code b} matched, deleted and inserted, in order. A region whose table of longest
     * common subsequences fits in {@link #MAX_CELLS} is aligned exactly by that table (every diff of a usual
     * config). A larger one (the table grows with the product of the line counts: two 25,000-line texts took
     * 4.6 GB and 39 s) first loses its common first and last lines, then is cut at lines that occur once on
     * each side, in an order both sides share (the longest such chain, as patience diff does); a part between
     * two such lines that is still too large is shown as deleted and inserted whole. Valid either way; only
     * how small the hunks are differs.
     */
    private static final class Aligner {
        /** Cells of the exact table allowed for one region: 16 MB of ints. */
        static final long MAX_CELLS = 4_000_000L;
        private final List<String> a;
        private final List<String> b;
        private final List<char[]> ops;
        private final List<int[]> pos;

        Aligner(List<String> a, List<String> b, List<char[]> ops, List<int[]> pos) {
            this.a = a;
            this.b = b;
            this.ops = ops;
            this.pos = pos;
        }

        private void emit(char kind, int i, int j) {
            ops.add(new char[] {kind});
            pos.add(new int[] {i, j});
        }

        private static boolean fits(int aLo, int aHi, int bLo, int bHi) {
            return (long) (aHi - aLo + 1) * (bHi - bLo + 1) <= MAX_CELLS;
        }

        void align(int aLo, int aHi, int bLo, int bHi, boolean cut) {
            if (fits(aLo, aHi, bLo, bHi)) {
                exact(aLo, aHi, bLo, bHi);
                return;
            }
            while (aLo < aHi && bLo < bHi && a.get(aLo).equals(b.get(bLo))) {
                emit(' ', aLo++, bLo++);
            }
            int same = 0;
            while (aHi - same > aLo && bHi - same > bLo && a.get(aHi - same - 1).equals(b.get(bHi - same - 1))) {
                same++;
            }
            int aEnd = aHi - same;
            int bEnd = bHi - same;
            if (fits(aLo, aEnd, bLo, bEnd)) {
                exact(aLo, aEnd, bLo, bEnd);
            } else if (cut) {
                patience(aLo, aEnd, bLo, bEnd);
            } else {
                whole(aLo, aEnd, bLo, bEnd);
            }
            for (int k = 0; k < same; k++) {
                emit(' ', aEnd + k, bEnd + k);
            }
        }

        private void whole(int aLo, int aHi, int bLo, int bHi) {
            for (int i = aLo; i < aHi; i++) {
                emit('-', i, bLo);
            }
            for (int j = bLo; j < bHi; j++) {
                emit('+', aHi, j);
            }
        }

        private void patience(int aLo, int aHi, int bLo, int bHi) {
            java.util.Map<String, int[]> seen = new java.util.HashMap<>(); // line -> {count in a, index in a, count in b, index in b}
            for (int i = aLo; i < aHi; i++) {
                int[] c = seen.computeIfAbsent(a.get(i), k -> new int[4]);
                c[0]++;
                c[1] = i;
            }
            for (int j = bLo; j < bHi; j++) {
                int[] c = seen.get(b.get(j));
                if (c != null) {
                    c[2]++;
                    c[3] = j;
                }
            }
            List<int[]> unique = new ArrayList<>(); // {index in a, index in b}, in a's order
            for (int i = aLo; i < aHi; i++) {
                int[] c = seen.get(a.get(i));
                if (c[0] == 1 && c[2] == 1) {
                    unique.add(new int[] {i, c[3]});
                }
            }
            // the longest chain of those pairs increasing in b too (patience sorting)
            int n = unique.size();
            int[] tails = new int[n];
            int[] previous = new int[n];
            int length = 0;
            for (int k = 0; k < n; k++) {
                int lo = 0;
                int hi = length;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (unique.get(tails[mid])[1] < unique.get(k)[1]) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                previous[k] = lo > 0 ? tails[lo - 1] : -1;
                tails[lo] = k;
                length = Math.max(length, lo + 1);
            }
            int[] chain = new int[length];
            for (int k = length - 1, at = length > 0 ? tails[length - 1] : -1; k >= 0; k--, at = previous[at]) {
                chain[k] = at;
            }
            int i = aLo;
            int j = bLo;
            for (int k : chain) {
                int[] anchor = unique.get(k);
                align(i, anchor[0], j, anchor[1], false);
                emit(' ', anchor[0], anchor[1]);
                i = anchor[0] + 1;
                j = anchor[1] + 1;
            }
            align(i, aHi, j, bHi, false);
        }

        /** The longest-common-subsequence alignment of the region, preferring a match, then a deletion. */
        private void exact(int aLo, int aHi, int bLo, int bHi) {
            int n = aHi - aLo;
            int m = bHi - bLo;
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(aLo + i).equals(b.get(bLo + j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.get(aLo + i).equals(b.get(bLo + j))) {
                    emit(' ', aLo + i++, bLo + j++);
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    emit('-', aLo + i++, bLo + j);
                } else {
                    emit('+', aLo + i, bLo + j++);
                }
            }
        }
    }

    /** The lines of a text, each with its LF (all but perhaps the last); CR is a char like any other. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            out.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
