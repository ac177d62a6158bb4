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

    /**
     * The language server's standard output is its protocol: a JVM warning printed there (by default the JVM's
     * log goes to standard output) would break the editor's connection. With a damaged class cache, JDK 25
     * warns; the launcher sends the JVM's warnings to standard error. Run on a JDK 25 or later (the one running
     * the tests, or one beside it); skipped when there is none.
     */
    @Test
    void theLanguageServerSpeaksOnlyTheProtocolEvenWithADamagedCache(@TempDir Path dir) throws Exception {
        Path java = StartupPathTest.javaAtLeast(25);
        org.junit.jupiter.api.Assumptions.assumeTrue(java != null, "no JDK 25 or later here");
        Path home = java.getParent().getParent();
        Path jar = Path.of("target", "xenlint.jar").toAbsolutePath();
        Path project = dir.resolve("xenlint");
        Files.createDirectories(project.resolve("bin"));
        Files.createDirectories(project.resolve("target"));
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        for (Path source : List.of(project.resolve("pom.xml"), project.resolve("src/main"))) { // older than the jar
            Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        }
        Path launcher = Files.copy(Path.of("bin", "xenlint"), project.resolve("bin/xenlint"));
        assertTrue(launcher.toFile().setExecutable(true));
        Path copy = Files.copy(jar, project.resolve("target/xenlint.jar"));
        Files.setLastModifiedTime(copy, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        // a cache the launcher takes for valid (newer than the jar, stamped with this JVM) but is not one
        String version = null;
        for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.ISO_8859_1)) {
            if (line.startsWith("JAVA_RUNTIME_VERSION=")) {
                version = line.substring("JAVA_RUNTIME_VERSION=".length()).replace("\"", "");
            }
        }
        Files.write(project.resolve("target/xenlint-lsp.aot"), new byte[4096]);
        Files.writeString(project.resolve("target/xenlint-lsp.aot.jvm"), java + " " + version + "\n");

        ProcessBuilder pb = new ProcessBuilder(List.of(launcher.toString(), "lsp"));
        pb.environment().put("JAVA_HOME", home.toString());
        pb.redirectError(dir.resolve("stderr.txt").toFile());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            for (String m : List.of(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\",\"params\":null}",
                    "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}")) {
                byte[] body = m.getBytes(StandardCharsets.UTF_8);
                in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                in.write(body);
            }
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the server did not finish");
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertTrue(out.startsWith("Content-Length: "), "standard output is the protocol from its first byte: " + out
                + "\n--- stderr:\n" + err);
        assertTrue(out.contains("\"capabilities\""), out);
        assertTrue(err.contains("AOT cache"), "the JVM's warning about the cache, on standard error: " + err);
        assertEquals(0, p.exitValue(), err);
    }
}
