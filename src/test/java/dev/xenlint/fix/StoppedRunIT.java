package dev.xenlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of {@code check --fix} stopped by a signal (SIGTERM, as a CI job's cancel or an editor sends; Ctrl-C's
 * SIGINT takes the same path) leaves every file whole, old or new, and no temporary file behind.
 */
class StoppedRunIT {

    private static final int FILES = 100;

    /** Each repetition stops the run a little later after its first write, so signals land all over a write. */
    @RepeatedTest(12)
    void aStoppedFixLeavesEachFileOldOrNewAndNoTemporaryFile(RepetitionInfo repetition, @TempDir Path dir)
            throws Exception {
        Path checked = Files.createDirectories(dir.resolve("xen"));
        Path links = Files.createDirectories(dir.resolve("links")); // hard links: the in-place rewrite
        String padding = "# a comment that makes the file long enough for a write to take a while\n".repeat(400);
        String original = "name = 'g'\nkernel = '/boot/vmlinuz'\nmemory = '512M'\n" + padding;
        String fixed = "name = 'g'\nkernel = '/boot/vmlinuz'\nmemory = 512\n" + padding;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path f = Files.writeString(checked.resolve(String.format("g%03d.cfg", i)), original);
            if (i % 2 == 0) {
                Files.createLink(links.resolve(f.getFileName()), f);
            }
            files.add(f);
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.xenlint.cli.Main", "check", "--fix",
                checked.toString());
        Path log = dir.resolve("stderr.txt");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(files.get(0)).equals(fixed)) { // the writes have begun
            if (!p.isAlive() || System.nanoTime() > deadline) {
                fail("the run ended or hung before its first write: " + Files.readString(log));
            }
            Thread.onSpinWait();
        }
        Thread.sleep(15L * repetition.getCurrentRepetition());
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the stopped run exits");

        int rewritten = 0;
        for (Path f : files) {
            String now = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            if (now.equals(fixed)) {
                rewritten++;
            } else {
                assertEquals(original, now, f + " is neither the original nor the fixed text");
            }
        }
        try (Stream<Path> s = Stream.concat(Files.list(checked), Files.list(links))) {
            String[] strays = s.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".xenlint"))
                    .toArray(String[]::new);
            assertEquals("[]", Arrays.toString(strays), "temporary files left behind");
        }
        assertTrue(rewritten > 0, "the first file was seen rewritten");
    }
}
