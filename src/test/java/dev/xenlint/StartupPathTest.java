package dev.xenlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes a short {@code check} or {@code format} loads, in a JVM of its own: no lambda, method reference or
 * stream on the way. The first lambda of a process sets up the JVM's method-handle machinery, some
 * 7-13 ms of CPU on JDK 17 and about 7 on JDK 25 even with xenlint's class cache (a hello world
 * with and without three lambdas, 30 paired runs each), against about 130 ms for a whole check of
 * one file; it pays only if no lambda at all is left on the path, which this test keeps so.
 */
public class StartupPathTest {

    private static final List<String> TESTDATA = List.of("testdata/xl", "testdata/xm", "testdata/broken",
            "testdata/encoding");

    @Test
    void checkingTheTestDataLinksNoLambda(@TempDir Path tmp) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--exit-zero"));
        args.addAll(TESTDATA);
        assertNoLambda(tmp, args);
    }

    @Test
    void checkingOneFileLinksNoLambda(@TempDir Path tmp) throws Exception {
        assertNoLambda(tmp, List.of("check", "--exit-zero", "testdata/xl/debian-pv.cfg"));
    }

    @Test
    void checkingFilesWithFindingsOneByOneLinksNoLambda(@TempDir Path tmp) throws Exception {
        // the path of a pre-commit hook: files named one by one, findings reported as text
        List<String> args = new ArrayList<>(List.of("check", "--exit-zero"));
        for (String dir : TESTDATA) {
            try (var files = Files.list(Path.of(dir))) {
                files.map(Path::toString).filter(n -> n.endsWith(".cfg")).sorted().forEach(args::add);
            }
        }
        assertNoLambda(tmp, args);
    }

    @Test
    void checkingAFileWithAMissingCommaLinksNoLambda(@TempDir Path tmp) throws Exception {
        // missing-comma's findings make the linter drop what other rules say inside the joined entry
        Path file = tmp.resolve("guest.cfg");
        Files.writeString(file, "name = \"guest\"\nkernel = \"/boot/vmlinuz\"\nmemory = 512\n"
                + "disk = [ 'phy:/dev/vg/guest,xvda,w' 'file:/srv/guest-data.img,xvdb,w' ]\n", StandardCharsets.UTF_8);
        assertNoLambda(tmp, List.of("check", "--exit-zero", file.toString()));
    }

    /** CI's report formats; SARIF and GitLab's are not here: their fingerprints' SHA-256 links the JDK's own. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"json", "github", "junit", "checkstyle", "gcc", "concise"})
    void checkingTheTestDataInAReportFormatLinksNoLambda(String format, @TempDir Path tmp) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--exit-zero", "--format", format));
        args.addAll(TESTDATA);
        assertNoLambda(tmp, args);
    }

    @Test
    void checkingOneFileWithARuleSelectionLinksNoLambda(@TempDir Path tmp) throws Exception {
        assertNoLambda(tmp, List.of("check", "--exit-zero", "--select", "XC1,XC2", "--ignore", "XC101",
                "testdata/xl/debian-pv.cfg"));
    }

    @Test
    void formatCheckingTheTestDataLinksNoLambda(@TempDir Path tmp) throws Exception {
        // the second pre-commit hook; some files would change (exit 1)
        List<String> args = new ArrayList<>(List.of("format", "--check"));
        args.addAll(TESTDATA);
        assertNoLambda(tmp, args, 2); // testdata/broken has syntax errors: not formatted, exit 2
    }

    @Test
    void formattingOneFileLinksNoLambda(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("a.cfg");
        Files.copy(Path.of("testdata/xm/xmexample1-pv.cfg"), copy);
        assertNoLambda(tmp, List.of("format", copy.toString()), 0);
    }

    /**
     * From JDK 21, {@code System.exit} looks for a {@code System.Logger} to log the exit to, a ServiceLoader search
     * of the class path that opens the jar; xenlint's main ends with {@code Runtime.halt}. Run on a JDK 21 or later
     * (the one running the tests, or one beside it); skipped when there is none.
     */
    @Test
    void theRunEndsWithoutLookingForALogger(@TempDir Path tmp) throws Exception {
        Path java = javaAtLeast(21);
        org.junit.jupiter.api.Assumptions.assumeTrue(java != null, "no JDK 21 or later here");
        Path log = tmp.resolve("init.log");
        Process p = new ProcessBuilder(java.toString(), "-Xshare:auto", "-Xlog:class+init=info:file=" + log, "-cp",
                System.getProperty("java.class.path"), "dev.xenlint.cli.Main", "check", "testdata/xl/debian-pv.cfg")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "check finished");
        assertEquals(0, p.exitValue(), () -> read(tmp.resolve("out.txt")));
        String inits = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(inits.contains("dev/xenlint/cli/Main"), "the log is of the run");
        assertFalse(inits.contains("jdk/internal/logger/BootstrapLogger$DetectBackend"), java.toString());
    }

    /** The {@code java} of the JDK running the tests if its release is {@code major} or later, else of one beside it. */
    static Path javaAtLeast(int major) throws IOException {
        Path home = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= major) {
            return home.resolve("bin/java");
        }
        Path parent = home.toRealPath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return null;
        }
        try (var homes = Files.list(parent)) {
            for (Path h : (Iterable<Path>) homes.sorted()::iterator) {
                Path release = h.resolve("release");
                if (!Files.isRegularFile(release) || !Files.isExecutable(h.resolve("bin/java"))) {
                    continue;
                }
                for (String line : Files.readAllLines(release, StandardCharsets.ISO_8859_1)) {
                    if (line.startsWith("JAVA_VERSION=\"")) {
                        String v = line.substring("JAVA_VERSION=\"".length());
                        int end = 0;
                        while (end < v.length() && Character.isDigit(v.charAt(end))) {
                            end++;
                        }
                        if (end > 0 && Integer.parseInt(v.substring(0, end)) >= major) {
                            return h.resolve("bin/java");
                        }
                    }
                }
            }
        }
        return null;
    }

    private static void assertNoLambda(Path tmp, List<String> args) throws IOException, InterruptedException {
        assertNoLambda(tmp, args, 0);
    }

    private static void assertNoLambda(Path tmp, List<String> args, int exit) throws IOException, InterruptedException {
        assertEquals(List.of(), lambdasLoaded(tmp, args, exit),
                "classes of lambdas loaded by `xenlint " + String.join(" ", args) + "`");
    }

    /**
     * The classes of lambdas (and the JDK's factory of them) that {@code xenlint ARGS} loads in a JVM of its own,
     * which must exit with {@code exit}; {@code tmp} holds its logs.
     */
    public static List<String> lambdasLoaded(Path tmp, List<String> args, int exit)
            throws IOException, InterruptedException {
        Path log = tmp.resolve("classes.log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xshare:auto");
        command.add("-Xlog:class+load=info:file=" + log);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.xenlint.cli.Main");
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "check finished");
        assertEquals(exit, p.exitValue(), () -> read(tmp.resolve("out.txt")));
        List<String> lambdas = new ArrayList<>();
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("dev.xenlint.cli.Main ")), "the log is of the run");
        for (String line : loaded) {
            if (line.contains("$$Lambda") || line.contains("java.lang.invoke.LambdaMetafactory")) {
                lambdas.add(line.substring(line.indexOf(']') + 1).trim());
            }
        }
        return lambdas;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
