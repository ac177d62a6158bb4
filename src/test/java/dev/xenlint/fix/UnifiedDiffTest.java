package dev.xenlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The diff, applied to the text before, gives the text after; on texts too large for one exact table too. */
class UnifiedDiffTest {

    /** Applies a unified diff of whole lines (texts with a final newline and no CR) to {@code before}. */
    private static String apply(String before, String diff) {
        List<String> a = List.of(before.split("\n", -1)).subList(0, before.split("\n", -1).length - 1);
        List<String> out = new ArrayList<>();
        String[] lines = diff.split("\n", -1);
        int next = 0; // next line of a not yet copied
        int k = 2; // after the --- and +++ lines
        while (k < lines.length && lines[k].startsWith("@@ -")) {
            String[] header = lines[k].split(" ");
            String[] minus = header[1].substring(1).split(",");
            int start = Integer.parseInt(minus[0]);
            int count = Integer.parseInt(minus[1]);
            int from = count == 0 ? start : start - 1;
            while (next < from) {
                out.add(a.get(next++));
            }
            k++;
            while (k < lines.length && !lines[k].startsWith("@@") && !lines[k].isEmpty()) {
                char kind = lines[k].charAt(0);
                String text = lines[k].substring(1);
                if (kind == '+') {
                    out.add(text);
                } else {
                    assertEquals(a.get(next), text, "a context or deleted line of the diff is not the text's");
                    next++;
                    if (kind == ' ') {
                        out.add(text);
                    }
                }
                k++;
            }
        }
        while (next < a.size()) {
            out.add(a.get(next++));
        }
        return String.join("\n", out) + "\n";
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void smallRandomEditsApply() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            List<String> before = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                before.add("k" + random.nextInt(6) + " = " + random.nextInt(3));
            }
            List<String> after = new ArrayList<>(before);
            for (int e = random.nextInt(6); e > 0; e--) {
                int at = after.isEmpty() ? 0 : random.nextInt(after.size());
                switch (random.nextInt(3)) {
                    case 0 -> after.add(at, "new" + random.nextInt(3) + " = 1");
                    case 1 -> { if (!after.isEmpty()) after.remove(at); }
                    default -> { if (!after.isEmpty()) after.set(at, after.get(at) + " # fixed"); }
                }
            }
            String diff = UnifiedDiff.of(text(before), text(after), "a", "b");
            assertEquals(text(after), apply(text(before), diff), diff);
        }
    }

    @Test
    void everyLineOfALargeFileSplitInTwo() {
        // 25,000 lines, each becoming two: the exact table would be 25,001 x 50,001 ints
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            before.add("disk=['phy:/dev/vg0/web,hda,w'] boot='c'");
            after.add("disk=['phy:/dev/vg0/web,hda,w']");
            after.add("boot='c'");
        }
        String diff = UnifiedDiff.of(text(before), text(after), "a", "b");
        assertEquals(text(after), apply(text(before), diff));
    }

    @Test
    void largeFileWithDistinctLinesKeepsSmallHunks() {
        // distinct lines anchor the alignment: a few edits in 30,000 lines give a few small hunks, not one
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            before.add("key" + i + " = " + i);
        }
        List<String> after = new ArrayList<>(before);
        after.set(100, "key100 = 1");
        after.remove(15_000);
        after.add(29_000, "name = \"inserted\"");
        after.set(0, "first = 0");
        after.set(after.size() - 1, "last = 0");
        String diff = UnifiedDiff.of(text(before), text(after), "a", "b");
        assertEquals(text(after), apply(text(before), diff));
        assertTrue(diff.length() < 2_000, "hunks of a few lines each");
        assertEquals(5, diff.split("\n@@ ", -1).length - 1, diff);
    }
}
