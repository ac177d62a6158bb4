package dev.xenlint.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check --diff} and {@code format --diff} print, applied by GNU {@code patch} (and by
 * {@code git apply} where git is installed) to the file, gives byte for byte what {@code check --fix} and
 * {@code format} write: for CRLF and mixed line ends, a Latin-1 file, a byte order mark kept or removed and
 * a last line without a newline; {@code check --diff --output FILE} writes the same bytes. Skipped where
 * {@code patch} is not installed (Debian's {@code patch}).
 */
class DiffAppliesTest {

    @TempDir
    Path dir;

    /** Files with safe fixes ({@code nomigrate = 'yes'} becomes 1; a BOM or CRLF may go too). */
    private static final String FIXABLE = "name = 'x'\ntype = 'pv'\nkernel = '/k'\nnomigrate = 'yes'\nvcpus = 2\n";

    /** Files that format lays out differently. */
    private static final String UNFORMATTED = "name='x'\ntype='pv'\nkernel='/k'\n\n\n\nvcpus=2\n";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The variants of a text: line ends, encodings, a BOM, no final newline, and all at once. */
    private static List<Object[]> variants(String text, boolean loneCr) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[] {"lf", text.getBytes(UTF_8)});
        out.add(new Object[] {"crlf", text.replace("\n", "\r\n").getBytes(UTF_8)});
        out.add(new Object[] {"mixed", mixed(text, loneCr).getBytes(UTF_8)});
        out.add(new Object[] {"latin1", ("# caf\u00e9 \u00fc\n" + text).getBytes(ISO_8859_1)});
        out.add(new Object[] {"utf8", ("# caf\u00e9 \u20ac\n" + text).getBytes(UTF_8)});
        out.add(new Object[] {"bom", concat(BOM, text.getBytes(UTF_8))});
        out.add(new Object[] {"no-final-newline", text.substring(0, text.length() - 1).getBytes(UTF_8)});
        out.add(new Object[] {"no-final-newline-crlf", text.substring(0, text.length() - 1).replace("\n", "\r\n")
                .getBytes(UTF_8)});
        out.add(new Object[] {"all", concat(BOM, ("# caf\u00e9\r\n" + text.substring(0, text.length() - 1))
                .replace("\n", "\r\n").replace("\r\r\n", "\r\n").getBytes(ISO_8859_1))});
        return out;
    }

    /**
     * Every other line ended by CRLF; with {@code loneCr}, a comment line ended by a lone CR too (which ends no
     * line for xl or patch; format leaves such a file alone).
     */
    private static String mixed(String text, boolean loneCr) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(loneCr ? "# one\r# two\n" : "# one\n");
        for (int i = 0; i < lines.length - 1; i++) {
            b.append(lines[i]).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        return b.toString();
    }

    @Test
    void checkDiffAppliesToWhatCheckFixWrites() throws Exception {
        Path patch = requirePatch();
        int cases = 0;
        for (String[] options : new String[][] {{}, {"--ignore", "xl-refuses-file"}}) {
            for (Object[] v : variants(FIXABLE, true)) {
                String name = v[0] + (options.length == 0 ? "" : "-kept");
                byte[] original = (byte[]) v[1];
                Path diffed = write("check-diff", name, original);
                Run diff = run(null, concat(new String[] {"check", "--dialect", "xl", "--diff"}, options, diffed));
                assertEquals(1, diff.exit, name + ": " + diff.err);
                assertArrayEquals(original, Files.readAllBytes(diffed), name + ": --diff wrote the file");
                Path fixed = write("check-fix", name, original);
                Run fix = run(null, concat(new String[] {"check", "--dialect", "xl", "--fix"}, options, fixed));
                assertEquals("", fix.err, name);
                byte[] written = Files.readAllBytes(fixed);
                assertFalse(java.util.Arrays.equals(original, written), name + ": --fix changed nothing");
                assertApplies(patch, name, original, diff.out, written, diffed);
                Path report = dir.resolve("reports").resolve(name + ".diff");
                Files.createDirectories(report.getParent());
                Run toFile = run(null, concat(new String[] {"check", "--dialect", "xl", "--diff", "--output",
                        report.toString()}, options, diffed));
                assertEquals(1, toFile.exit, name + ": " + toFile.err);
                assertArrayEquals(diff.out, Files.readAllBytes(report), name + ": --output holds the same bytes");

                // standard input: the diff of '-' against what --fix prints for it
                Run stdinDiff = run(original, concat(new String[] {"check", "--dialect", "xl", "--diff"}, options, "-"));
                Run stdinFix = run(original, concat(new String[] {"check", "--dialect", "xl", "--fix"}, options, "-"));
                assertArrayEquals(written, stdinFix.out, name + ": --fix of - prints what --fix writes");
                assertApplies(patch, name + "-stdin", original, stdinDiff.out, stdinFix.out, null);
                cases++;
            }
        }
        assertEquals(18, cases);
    }

    @Test
    void formatDiffAppliesToWhatFormatWrites() throws Exception {
        Path patch = requirePatch();
        for (Object[] v : variants(UNFORMATTED, false)) {
            String name = (String) v[0];
            byte[] original = (byte[]) v[1];
            Path diffed = write("format-diff", name, original);
            Run diff = run(null, "format", "--diff", diffed.toString());
            assertEquals(1, diff.exit, name + ": " + diff.err);
            assertEquals("1 file would be reformatted, 0 unchanged.\n", diff.err, name + ": the summary");
            assertArrayEquals(original, Files.readAllBytes(diffed), name + ": --diff wrote the file");
            Path formatted = write("format", name, original);
            Run format = run(null, "format", formatted.toString());
            assertEquals(0, format.exit, name + ": " + format.err);
            byte[] written = Files.readAllBytes(formatted);
            assertFalse(java.util.Arrays.equals(original, written), name + ": format changed nothing");
            assertApplies(patch, name, original, diff.out, written, diffed);

            Run stdinDiff = run(original, "format", "--diff", "-");
            Run stdinFormat = run(original, "format", "-");
            assertArrayEquals(written, stdinFormat.out, name + ": format - prints what format writes");
            assertApplies(patch, name + "-stdin", original, stdinDiff.out, stdinFormat.out, null);
        }
    }

    /**
     * Applies {@code diff} with patch (no fuzz) to a copy of {@code original}, and with git apply to the file
     * the diff names when there is one and git is installed; each result must be {@code expected}.
     */
    private void assertApplies(Path patch, String name, byte[] original, byte[] diff, byte[] expected, Path named)
            throws Exception {
        String shown = name + ":\n" + new String(diff, ISO_8859_1).replace("\r", "\\r");
        assertTrue(diff.length > 0, shown);
        Path diffFile = dir.resolve("patches").resolve(name + "-" + Integer.toHexString(java.util.Arrays.hashCode(diff)) + ".diff");
        Files.createDirectories(diffFile.getParent());
        Files.write(diffFile, diff);
        Path copy = write("patched", name, original);
        Exec p = exec(dir, patch.toString(), "--batch", "--forward", "--fuzz=0", "--no-backup-if-mismatch",
                "--reject-file=-", "-i", diffFile.toString(), copy.toString());
        assertEquals(0, p.exit, shown + "\npatch: " + p.output);
        assertFalse(p.output.contains("Stripping trailing CRs") || p.output.contains("fuzz"), shown + "\n" + p.output);
        assertArrayEquals(expected, Files.readAllBytes(copy), () -> shown + "\npatched: "
                + HexFormat.of().formatHex(readQuietly(copy)) + "\nexpected: " + HexFormat.of().formatHex(expected));
        Path git = onPath("git");
        if (named != null && git != null) {
            // the diff names the file by its absolute path: apply it there (-p0), outside any repository
            Files.write(named, original);
            Exec g = exec(dir, git.toString(), "apply", "-p0", "--unsafe-paths", "--whitespace=nowarn",
                    diffFile.toString());
            assertEquals(0, g.exit, shown + "\ngit apply: " + g.output);
            assertArrayEquals(expected, Files.readAllBytes(named), shown + "\n(git apply)");
            Files.write(named, original);
        }
    }

    private Path write(String where, String name, byte[] content) throws IOException {
        Path file = dir.resolve(where).resolve(name).resolve("guest.cfg");
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private record Run(int exit, byte[] out, String err) {
    }

    /** Runs xenlint in-process; standard output is kept as bytes. */
    private static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(stdin == null ? new byte[0] : stdin),
                new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Run(exit, out.toByteArray(), err.toString(UTF_8));
    }

    private record Exec(int exit, String output) {
    }

    private static Exec exec(Path cwd, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("GIT_CEILING_DIRECTORIES", cwd.getParent().toString()); // no repository above
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        byte[] output = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return new Exec(p.exitValue(), new String(output, UTF_8));
    }

    private static Path requirePatch() {
        Path patch = onPath("patch");
        if (patch == null && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("GNU patch is not installed, but CI=true: .ci/run must install Debian's patch");
        }
        Assumptions.assumeTrue(patch != null, "GNU patch is not installed (apt-get install patch); skipping");
        return patch;
    }

    private static Path onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, tool);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static byte[] readQuietly(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String[] concat(String[] head, String[] options, Object last) {
        List<String> out = new ArrayList<>(List.of(head));
        out.addAll(List.of(options));
        out.add(last.toString());
        return out.toArray(new String[0]);
    }
}
