package dev.xenlint.fix;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The diff, applied to the bytes before, gives the bytes after: line ends (CRLF, lone CR), a missing final
 * newline, a byte order mark and Latin-1 bytes included; on texts too large for one exact table too.
 */
class UnifiedDiffTest {

    /**
     * Applies a unified diff to {@code before} as {@code patch} does without fuzz, byte for byte: every context
     * and deleted line must be the file's, hunk counts must add up, and {@code \ No newline at end of file}
     * takes the line feed off the line before it. An empty diff changes nothing.
     */
    static byte[] apply(byte[] before, byte[] diff) {
        if (diff.length == 0) {
            return before; // no change
        }
        List<String> a = lines(new String(before, ISO_8859_1));
        List<String> d = lines(new String(diff, ISO_8859_1));
        assertTrue(d.get(0).startsWith("--- ") && d.get(1).startsWith("+++ "), "the diff's header");
        StringBuilder out = new StringBuilder();
        int next = 0; // next line of a not yet copied
        int k = 2;
        while (k < d.size()) {
            String header = d.get(k++);
            assertTrue(header.startsWith("@@ -") && header.endsWith(" @@\n"), "a hunk header: " + header);
            String[] parts = header.split(" ");
            String[] minus = parts[1].substring(1).split(",");
            String[] plus = parts[2].substring(1).split(",");
            int start = Integer.parseInt(minus[0]);
            int aCount = Integer.parseInt(minus[1]);
            int bCount = Integer.parseInt(plus[1]);
            int from = aCount == 0 ? start : start - 1;
            assertTrue(from >= next, "hunks in order");
            while (next < from) {
                out.append(a.get(next++));
            }
            int seenA = 0;
            int seenB = 0;
            while (k < d.size() && !d.get(k).startsWith("@@ ")) {
                String line = d.get(k++);
                char kind = line.charAt(0);
                String text = line.substring(1);
                if (k < d.size() && d.get(k).equals("\\ No newline at end of file\n")) {
                    assertTrue(text.endsWith("\n"));
                    text = text.substring(0, text.length() - 1);
                    k++;
                }
                assertTrue(kind == ' ' || kind == '-' || kind == '+', "a line of a hunk: " + line);
                if (kind != '+') {
                    assertEquals(a.get(next), text, "a context or deleted line of the diff is not the file's");
                    next++;
                    seenA++;
                }
                if (kind != '-') {
                    out.append(text);
                    seenB++;
                }
            }
            assertEquals(aCount, seenA, "lines of the old file in " + header);
            assertEquals(bCount, seenB, "lines of the new file in " + header);
        }
        while (next < a.size()) {
            out.append(a.get(next++));
        }
        return out.toString().getBytes(ISO_8859_1);
    }

    /** Lines cut after each LF, each keeping it. */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', start)) {
            out.add(s.substring(start, i + 1));
            start = i + 1;
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(UTF_8);
    }

    private static String diff(String before, String after) {
        return new String(UnifiedDiff.of(utf8(before), utf8(after), "a", "b"), UTF_8);
    }

    private static void assertApplies(byte[] before, byte[] after) {
        byte[] diff = UnifiedDiff.of(before, after, "a", "b");
        assertArrayEquals(after, apply(before, diff), new String(diff, ISO_8859_1));
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
            assertApplies(utf8(text(before)), utf8(text(after)));
        }
    }

    @Test
    void randomBytesWithAnyLineEndsApply() {
        // lines of a few bytes, ended by LF, CRLF, a lone CR or nothing (the last), with Latin-1 and BOM bytes
        byte[] alphabet = {'a', 'b', ' ', '=', '\r', '\n', '\n', (byte) 0xE9, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Random random = new Random(23);
        for (int round = 0; round < 2000; round++) {
            byte[] before = new byte[random.nextInt(30)];
            for (int i = 0; i < before.length; i++) {
                before[i] = alphabet[random.nextInt(alphabet.length)];
            }
            java.io.ByteArrayOutputStream after = new java.io.ByteArrayOutputStream();
            for (byte b : before) {
                int r = random.nextInt(12);
                if (r == 0) {
                    continue; // deleted
                }
                if (r == 1) {
                    after.write(alphabet[random.nextInt(alphabet.length)]); // inserted before it
                }
                after.write(r == 2 ? alphabet[random.nextInt(alphabet.length)] : b);
            }
            assertApplies(before, after.toByteArray());
        }
    }

    @Test
    void crlfLinesKeepTheirCarriageReturns() {
        String d = diff("name = 'x'\r\nmemory = \"512\"\r\nvcpus = 1\r\n", "name = 'x'\r\nmemory = 512\r\nvcpus = 1\r\n");
        assertEquals("--- a\n+++ b\n@@ -1,3 +1,3 @@\n name = 'x'\r\n-memory = \"512\"\r\n+memory = 512\r\n vcpus = 1\r\n", d);
    }

    @Test
    void mixedLineEndsAreTheFilesOwn() {
        // a lone CR does not end a line for patch: it stays inside the line, as does the CR of a CRLF
        String before = "a = 1\nb = 2\r\nc = 3\rd = 4\ne = 5\n";
        String after = "a = 1\nb = 2\r\nc = 3\rd = 40\ne = 5\r\n";
        assertEquals("--- a\n+++ b\n@@ -1,4 +1,4 @@\n a = 1\n b = 2\r\n-c = 3\rd = 4\n-e = 5\n+c = 3\rd = 40\n+e = 5\r\n",
                diff(before, after));
        assertApplies(utf8(before), utf8(after));
    }

    @Test
    void latin1BytesAreNotReencoded() {
        byte[] before = "name = 'caf\u00e9'\nmemory = \"512\"\n".getBytes(ISO_8859_1);
        byte[] after = "name = 'caf\u00e9'\nmemory = 512\n".getBytes(ISO_8859_1);
        byte[] d = UnifiedDiff.of(before, after, "f\u00fc.cfg", "f\u00fc.cfg");
        byte[] expected = concat("--- f\u00fc.cfg\n+++ f\u00fc.cfg\n".getBytes(UTF_8), // names in UTF-8
                "@@ -1,2 +1,2 @@\n name = 'caf\u00e9'\n-memory = \"512\"\n+memory = 512\n".getBytes(ISO_8859_1));
        assertArrayEquals(expected, d, new String(d, ISO_8859_1));
        assertApplies(before, after);
    }

    @Test
    void aByteOrderMarkRemovedOrAddedIsAChangeOfTheFirstLine() {
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n-\uFEFFname = 'x'\n+name = 'x'\n memory = 512\n",
                diff("\uFEFFname = 'x'\nmemory = 512\n", "name = 'x'\nmemory = 512\n"));
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n-name = 'x'\n+\uFEFFname = 'x'\n memory = 512\n",
                diff("name = 'x'\nmemory = 512\n", "\uFEFFname = 'x'\nmemory = 512\n"));
    }

    @Test
    void aMissingFinalNewlineIsMarkedOnEitherSide() {
        String marker = "\\ No newline at end of file\n";
        // the old file has none, the new one has one
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a = 1\n-b = 2\n" + marker + "+b = 2\n", diff("a = 1\nb = 2", "a = 1\nb = 2\n"));
        // the reverse
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a = 1\n-b = 2\n+b = 2\n" + marker, diff("a = 1\nb = 2\n", "a = 1\nb = 2"));
        // neither has one: the last line, changed, is marked on both sides
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a = 1\n-b = 2\n" + marker + "+b = 3\n" + marker,
                diff("a = 1\nb = 2", "a = 1\nb = 3"));
        // neither has one and the last line is context
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n-a = 1\n+a = 0\n b = 2\n" + marker, diff("a = 1\nb = 2", "a = 0\nb = 2"));
        // CRLF file without a final line end
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n-a = 1\r\n+a = 0\r\n b = 2\r\n" + marker,
                diff("a = 1\r\nb = 2\r", "a = 0\r\nb = 2\r"));
        for (String[] pair : new String[][] {{"a = 1\nb = 2", "a = 1\nb = 2\n"}, {"x", ""}, {"", "x"}, {"x\n", "y"}}) {
            assertApplies(utf8(pair[0]), utf8(pair[1]));
        }
    }

    @Test
    void equalContentsHaveAnEmptyDiff() {
        assertEquals(0, UnifiedDiff.of(utf8("a\r\n"), utf8("a\r\n"), "a", "b").length);
    }

    @Test
    void aSourceTextIsDiffedAsItIsWritten() {
        // the bytes SourceText decoded are the diff's first side, and what encode writes its second
        byte[] file = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "name = 'caf\u00e9'\r\nmemory = \"512\"\r\n".getBytes(ISO_8859_1));
        SourceText read = SourceText.decode("f", file);
        assertEquals(ISO_8859_1, read.charset());
        SourceText fixed = read.withText(read.text().replace("\"512\"", "512"));
        byte[] d = UnifiedDiff.of(read, fixed, "f", "f");
        assertArrayEquals(fixed.encode(fixed.text()), apply(file, d));
        byte[] withoutBom = UnifiedDiff.of(read, fixed.withoutBom(), "f", "f");
        assertArrayEquals(fixed.withoutBom().encode(fixed.text()), apply(file, withoutBom));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
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
        assertApplies(utf8(text(before)), utf8(text(after)));
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
        String diff = diff(text(before), text(after));
        assertArrayEquals(utf8(text(after)), apply(utf8(text(before)), utf8(diff)));
        assertTrue(diff.length() < 2_000, "hunks of a few lines each");
        assertEquals(5, diff.split("\n@@ ", -1).length - 1, diff);
    }
}
