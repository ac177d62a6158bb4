package dev.xenlint.fix;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line, with three lines of context. */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(String before, String after, String fromName, String toName) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        // longest common subsequence table; configs are small
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<char[]> ops = new ArrayList<>(); // {kind, indexA, indexB}
        List<int[]> pos = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(new char[] {' '});
                pos.add(new int[] {i++, j++});
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new char[] {'-'});
                pos.add(new int[] {i++, j});
            } else {
                ops.add(new char[] {'+'});
                pos.add(new int[] {i, j++});
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(fromName).append('\n').append("+++ ").append(toName).append('\n');
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
            StringBuilder hunk = new StringBuilder();
            for (int h = start; h < end; h++) {
                char kind = ops.get(h)[0];
                String line = kind == '+' ? b.get(pos.get(h)[1]) : a.get(pos.get(h)[0]);
                aCount += kind != '+' ? 1 : 0;
                bCount += kind != '-' ? 1 : 0;
                hunk.append(kind).append(line.replace("\r", "")).append('\n');
            }
            out.append("@@ -").append(aCount == 0 ? aStart : aStart + 1).append(',').append(aCount)
                    .append(" +").append(bCount == 0 ? bStart : bStart + 1).append(',').append(bCount)
                    .append(" @@\n").append(hunk);
            k = end;
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start) + "\n\\ No newline at end of file");
        }
        return out;
    }
}
