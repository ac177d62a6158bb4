package dev.xenlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end with a real editor: headless Neovim starts {@code java -jar target/xenlint.jar lsp}
 * (the shaded jar; this test runs in the integration-test phase, after {@code package}), opens a
 * broken config, checks the diagnostics, applies the preferred quick fix, formats the buffer, checks
 * the text, and stops the server, which must exit with status 0. The steps are in
 * {@code src/test/resources/lsp/neovim-session.lua}; Neovim's exit status says whether they passed.
 * Skipped when {@code nvim} is missing, except in CI ({@code CI=true}), where {@code .ci/run}
 * installs Debian's {@code neovim}.
 */
class NeovimEndToEndIT {

    @TempDir
    Path dir;

    @Test
    void neovimGetsDiagnosticsAppliesAFixAndFormats() throws IOException, InterruptedException {
        Path nvim = onPath("nvim");
        if (nvim == null) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            assertTrue(!ci, "nvim is not installed, but CI=true: .ci/run must install Debian's neovim package");
            Assumptions.abort("nvim is not installed (apt-get install neovim); skipping the Neovim end-to-end test");
        }
        Path jar = Path.of("target", "xenlint.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built before this test runs: " + jar);
        Path script = dir.resolve("neovim-session.lua");
        try (InputStream in = NeovimEndToEndIT.class.getResourceAsStream("/lsp/neovim-session.lua")) {
            Files.copy(in, script);
        }
        Files.writeString(dir.resolve(".xenlint.toml"), "dialect = \"xl\"\n");
        Files.writeString(dir.resolve("web.cfg"),
                "name = \"web\"\nkernel = \"/boot/vmlinuz\"\nmemroy = 512\ncpu_cap = 50\nvcpus=2\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(nvim.toString(), "--headless", "-u", "NONE", "-i", "NONE", "-n",
                "-c", "luafile " + script, "web.cfg");
        pb.directory(dir.toFile());
        pb.environment().put("XENLINT_LSP_CMD", String.join("\n", java, "-jar", jar.toString(), "lsp"));
        pb.environment().put("HOME", dir.toString()); // no user configuration, no shada in the real home
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = dir.resolve("nvim.out");
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        Process p = pb.start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(out);
        assertTrue(done, "Neovim did not finish in 180 s:\n" + output);
        assertEquals(0, p.exitValue(), "the Neovim session failed:\n" + output);
        assertTrue(output.contains("diagnostics: XC101@2 XC102@3") && output.contains("applied: rename to `cap`")
                && output.contains("formatted") && output.contains("server exit status 0"), output);
    }

    private static Path onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
