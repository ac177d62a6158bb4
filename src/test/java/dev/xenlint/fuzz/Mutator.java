package dev.xenlint.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutator over bytes: the same seed and corpus always give the same inputs, so a failure
 * is reproduced by its seed and index alone. Each input is a corpus file with one to five edits:
 * byte and token edits, splices from another file, deep nesting, long lines, invalid UTF-8, NUL,
 * CR/LF mixes, a BOM anywhere and typographic quotes.
 */
final class Mutator {

    /** What a token edit inserts: pieces of both dialects and of what breaks them. */
    private static final String[] TOKENS = {
        "=", " = ", "+=", "[", "]", "(", ")", "{", "}", ",", ";", ":", ".", "'", "\"", "'''", "\"\"\"", "\\",
        "\\\n", "#", "# xenlint: disable=XC101\n", "# xenlint: disable-next-line=ALL\n",
        "# xenlint: disable-file=XC0\n", " # xenlint: disable=", "%", "%s", "%d", "*", "**", "-", "+", "~",
        "if ", "if x:\n", "elif ", "else:\n", "for ", "for x in y:\n", "def f():\n", "class C:\n", "import os\n",
        "from os import *\n", "lambda: ", "not ", " and ", " or ", " in ", "None", "True", "False", "0x", "1e",
        "0", "1", "512", "2G", "-1", "memory", "maxmem", "name", "kernel", "builder", "type", "disk", "vif",
        "boot", "pci", "vcpus", "cpus", "on_crash", "device_model", "vnc", "vnclisten", "sdl", "uuid", "'hvm'",
        "'phy:/dev/vg/a,xvda,w'", "'file:/x.img,hda,w'", "'ioemu:hdc:cdrom,r'", "'mac=00:16:3e:00:00:01'",
        "'bridge=xenbr0'", "\t", "    ", "\n", "\r\n", "\r", "\f", "\u000b", "\u00a0", "\u200b", "\u2028",
        "é", "日本", "\ud83d\ude00", "$", "`", "@", "!", "?", "&", "|", "^", "<", ">",
    };

    private static final String[] TYPOGRAPHIC = {"\u2018", "\u2019", "\u201c", "\u201d", "\u00b4", "\u2032"};

    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xe2, (byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0x80}, {(byte) 0xe9}, // a Latin-1 é
    };

    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    /** The longest run a long-line edit inserts: enough to show superlinear work, small enough for the budget. */
    static final int MAX_RUN = 24 * 1024;

    private final List<byte[]> corpus;

    Mutator(List<byte[]> corpus) {
        this.corpus = corpus;
    }

    /** One input: a corpus file (or a splice of two) with a few edits. */
    byte[] next(Random r) {
        Bytes b = new Bytes(corpus.get(r.nextInt(corpus.size())));
        int edits = 1 + r.nextInt(5);
        for (int e = 0; e < edits; e++) {
            mutate(b, r);
        }
        return b.toArray();
    }

    private void mutate(Bytes b, Random r) {
        int at = b.size() == 0 ? 0 : r.nextInt(b.size() + 1);
        switch (r.nextInt(16)) {
            case 0 -> { // delete a run of bytes
                int len = 1 + r.nextInt(Math.min(64, Math.max(1, b.size() - at)));
                b.delete(at, Math.min(b.size(), at + len));
            }
            case 1 -> b.insert(at, new byte[] {(byte) r.nextInt(256)});
            case 2 -> { // change one byte
                if (b.size() > 0) {
                    int i = r.nextInt(b.size());
                    b.set(i, (byte) (b.get(i) ^ (1 << r.nextInt(8))));
                }
            }
            case 3, 4, 5 -> b.insert(at, utf8(TOKENS[r.nextInt(TOKENS.length)]));
            case 6 -> { // delete a word (a token-sized edit)
                int from = at;
                while (from < b.size() && !isWordByte(b.get(from))) {
                    from++;
                }
                int to = from;
                while (to < b.size() && isWordByte(b.get(to))) {
                    to++;
                }
                b.delete(from, to);
            }
            case 7 -> { // splice: a piece of another file
                byte[] other = corpus.get(r.nextInt(corpus.size()));
                if (other.length > 0) {
                    int from = r.nextInt(other.length);
                    int to = Math.min(other.length, from + 1 + r.nextInt(400));
                    if (r.nextBoolean()) {
                        b.delete(at, Math.min(b.size(), at + r.nextInt(400)));
                    }
                    b.insert(at, java.util.Arrays.copyOfRange(other, from, to));
                }
            }
            case 8 -> { // deep nesting, closed or not
                int depth = 1 + r.nextInt(r.nextBoolean() ? 150 : 2000);
                String open = new String[] {"[", "(", "{", "-", "not ", "[1, "}[r.nextInt(6)];
                String close = switch (open) {
                    case "[", "[1, " -> "]";
                    case "(" -> ")";
                    case "{" -> "}";
                    default -> "";
                };
                String s = (r.nextBoolean() ? "x = " : "") + open.repeat(depth) + "1"
                        + (r.nextBoolean() ? close.repeat(depth) : close.repeat(r.nextInt(depth + 1)));
                b.insert(at, utf8(s));
            }
            case 9 -> { // a long line: a run repeated
                int from = b.size() == 0 ? 0 : r.nextInt(b.size());
                byte[] unit = b.size() == 0 ? utf8("k=1;") : b.slice(from, Math.min(b.size(), from + 1 + r.nextInt(12)));
                int times = 100 + r.nextInt(r.nextInt(10) == 0 ? 20_000 : 2_000);
                ByteArrayOutputStream run = new ByteArrayOutputStream();
                for (int i = 0; i < times && run.size() < MAX_RUN; i++) {
                    run.writeBytes(unit);
                }
                b.insert(at, run.toByteArray());
            }
            case 10 -> b.insert(at, INVALID_UTF8[r.nextInt(INVALID_UTF8.length)]);
            case 11 -> b.insert(at, new byte[] {0});
            case 12 -> { // line endings: swap one or all, or a stray CR
                String[] endings = {"\n", "\r\n", "\r"};
                byte[] to = utf8(endings[r.nextInt(3)]);
                boolean all = r.nextBoolean();
                for (int i = 0; i < b.size(); i++) {
                    if (b.get(i) == '\n' || b.get(i) == '\r') {
                        int len = b.get(i) == '\r' && i + 1 < b.size() && b.get(i + 1) == '\n' ? 2 : 1;
                        if (all || r.nextInt(4) == 0) {
                            b.delete(i, i + len);
                            b.insert(i, to);
                            i += to.length - 1;
                        } else {
                            i += len - 1;
                        }
                    }
                }
                if (r.nextBoolean()) {
                    b.insert(at, utf8("\r"));
                }
            }
            case 13 -> b.insert(r.nextInt(4) == 0 ? 0 : at, BOM);
            case 14 -> { // typographic quotes: replace a quote, or insert one
                String q = TYPOGRAPHIC[r.nextInt(TYPOGRAPHIC.length)];
                int i = b.indexOfAny(at, (byte) '\'', (byte) '"');
                if (i >= 0 && r.nextBoolean()) {
                    b.delete(i, i + 1);
                    b.insert(i, utf8(q));
                } else {
                    b.insert(at, utf8(q));
                }
            }
            default -> { // swap two lines, or duplicate one
                int[] line = b.lineAround(at);
                byte[] copy = b.slice(line[0], line[1]);
                if (r.nextBoolean()) {
                    b.insert(line[0], copy);
                } else {
                    int[] other = b.lineAround(b.size() == 0 ? 0 : r.nextInt(b.size() + 1));
                    if (other[0] >= line[1]) {
                        byte[] o = b.slice(other[0], other[1]);
                        b.delete(other[0], other[1]);
                        b.insert(other[0], copy);
                        b.delete(line[0], line[1]);
                        b.insert(line[0], o);
                    }
                }
            }
        }
    }

    private static boolean isWordByte(byte c) {
        return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A growable byte array with the few edits the mutator needs. */
    static final class Bytes {
        private byte[] a;
        private int n;

        Bytes(byte[] initial) {
            a = initial.clone();
            n = initial.length;
        }

        int size() {
            return n;
        }

        byte get(int i) {
            return a[i];
        }

        void set(int i, byte v) {
            a[i] = v;
        }

        byte[] slice(int from, int to) {
            return java.util.Arrays.copyOfRange(a, from, to);
        }

        void delete(int from, int until) {
            int to = Math.min(until, n);
            if (from >= to) {
                return;
            }
            System.arraycopy(a, to, a, from, n - to);
            n -= to - from;
        }

        void insert(int where, byte[] bytes) {
            int at = Math.max(0, Math.min(where, n)); // an earlier edit of the same step may have shortened it
            if (n + bytes.length > a.length) {
                a = java.util.Arrays.copyOf(a, Math.max(a.length * 2, n + bytes.length));
            }
            System.arraycopy(a, at, a, at + bytes.length, n - at);
            System.arraycopy(bytes, 0, a, at, bytes.length);
            n += bytes.length;
        }

        int indexOfAny(int from, byte x, byte y) {
            for (int i = from; i < n; i++) {
                if (a[i] == x || a[i] == y) {
                    return i;
                }
            }
            return -1;
        }

        /** The line holding {@code at}, with its line break: [start, end). */
        int[] lineAround(int at) {
            int s = Math.min(at, n);
            while (s > 0 && a[s - 1] != '\n') {
                s--;
            }
            int e = Math.min(at, n);
            while (e < n && a[e] != '\n') {
                e++;
            }
            return new int[] {s, Math.min(n, e + 1)};
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
