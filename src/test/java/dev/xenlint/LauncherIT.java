package dev.xenlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/xenlint} in a copy of the project whose jar is older than a source, so that the launcher
 * rebuilds before it runs: with a stand-in {@code mvn} that, like Maven, reads its standard input (and
 * then marks the jar, the real one copied, as rebuilt). Runs after {@code package}, for the jar.
 */
class LauncherIT {

    @Test
    void aRebuildDoesNotSwallowTheStandardInputOfTheCommand(@TempDir Path dir) throws Exception {
        Path jar = Path.of("target", "xenlint.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built before this test runs: " + jar);
        Path project = dir.resolve("xenlint");
        Files.createDirectories(project.resolve("bin"));
        Files.createDirectories(project.resolve("target"));
        Files.createDirectories(project.resolve("src/main"));
        Path launcher = Files.copy(Path.of("bin", "xenlint"), project.resolve("bin/xenlint"));
        assertTrue(launcher.toFile().setExecutable(true));
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Path copy = Files.copy(jar, project.resolve("target/xenlint.jar"));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Files.writeString(project.resolve("src/main/Edited.java"), "// newer than the jar\n");

        Path fakeBin = Files.createDirectories(dir.resolve("fake-bin"));
        Path mvn = Files.writeString(fakeBin.resolve("mvn"), "#!/bin/sh\ncat >/dev/null\ntouch target/xenlint.jar\n");
        assertTrue(mvn.toFile().setExecutable(true));

        ProcessBuilder pb = new ProcessBuilder(List.of(launcher.toString(), "format", "-"));
        pb.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("name='a'\nmemory=512\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        assertEquals("name = 'a'\nmemory = 512\n", out, "the text read from standard input, formatted");
        assertEquals(0, p.exitValue());
        assertTrue(Files.getLastModifiedTime(copy).toMillis() > System.currentTimeMillis() - 600_000,
                "the launcher rebuilt (ran the stand-in mvn)");
    }
}
