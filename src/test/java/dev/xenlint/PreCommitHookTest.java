package dev.xenlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The hooks of {@code .pre-commit-hooks.yaml}, run by the real pre-commit: a scratch repository
 * whose {@code .pre-commit-config.yaml} points at a clone of this checkout's HEAD (so commit what
 * you want tested). pre-commit makes its own clone of that, where {@code bin/xenlint} builds the
 * jar on first use (with Maven, from the local repository). Committing a config with findings is
 * refused and the findings are shown; a clean, formatted config is committed; {@code xenlint-format}
 * rewrites a badly laid-out file and pre-commit reports it as modified.
 *
 * <p>Skipped where pre-commit or git is missing, except in CI ({@code CI=true}), where it fails.
 */
class PreCommitHookTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path SCRATCH = PROJECT.resolve("target").resolve("pre-commit-e2e");

    record Run(int exit, String output) {
    }

    @Test
    void hooksRefuseBrokenConfigsPassCleanOnesAndFormat() throws Exception {
        requireTool("pre-commit");
        requireTool("git");
        Assumptions.assumeTrue(Files.exists(PROJECT.resolve(".git")), "not a git checkout; nothing for pre-commit to clone");
        deleteTree(SCRATCH);
        Files.createDirectories(SCRATCH);
        Path hooks = SCRATCH.resolve("xenlint");
        ok(run(SCRATCH, "git", "clone", "--quiet", PROJECT.toString(), hooks.toString()));
        String rev = ok(run(hooks, "git", "rev-parse", "HEAD")).strip();
        assertTrue(Files.exists(hooks.resolve(".pre-commit-hooks.yaml")),
                "HEAD has no .pre-commit-hooks.yaml (commit it before running this test)");

        Path repo = SCRATCH.resolve("guests");
        Files.createDirectories(repo);
        ok(run(repo, "git", "init", "--quiet"));
        ok(run(repo, "git", "config", "user.email", "test@example.invalid"));
        ok(run(repo, "git", "config", "user.name", "xenlint test"));
        ok(run(repo, "git", "config", "commit.gpgsign", "false"));
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), String.join("\n",
                "repos:",
                "  - repo: " + hooks.toUri(),
                "    rev: " + rev,
                "    hooks:",
                "      - id: xenlint",
                "      - id: xenlint-format",
                ""));
        ok(run(repo, "pre-commit", "install"));

        // findings: the commit is refused, and the findings are shown
        write(repo, "web.cfg", "name = \"web\"\ntype = \"pvh\"\nkernel = \"/boot/vmlinuz\"\nmemroy = 512\n");
        ok(run(repo, "git", "add", "web.cfg", ".pre-commit-config.yaml"));
        Run refused = run(repo, "git", "commit", "--quiet", "-m", "web guest");
        assertNotEquals(0, refused.exit(), refused.output());
        assertTrue(refused.output().contains("web.cfg:4:1: warning[XC101]"), refused.output());
        assertTrue(refused.output().contains("xenlint") && refused.output().contains("Failed"), refused.output());
        assertNotEquals(0, run(repo, "git", "rev-parse", "--verify", "--quiet", "HEAD").exit(), "nothing was committed");

        // a clean, formatted file: the commit goes through
        write(repo, "web.cfg", "name = \"web\"\ntype = \"pvh\"\nkernel = \"/boot/vmlinuz\"\nmemory = 512\n");
        ok(run(repo, "git", "add", "web.cfg"));
        Run committed = run(repo, "git", "commit", "--quiet", "-m", "web guest");
        assertEquals(0, committed.exit(), committed.output());
        assertTrue(committed.output().contains("Passed"), committed.output());
        ok(run(repo, "git", "rev-parse", "--verify", "HEAD"));

        // a badly laid-out file: xenlint-format rewrites it and pre-commit says so
        String messy = "name=\"db\"\n\n\n\ntype =   \"pvh\"   \nkernel=\"/boot/vmlinuz\"\nmemory=1024\n";
        write(repo, "db.cfg", messy);
        ok(run(repo, "git", "add", "db.cfg"));
        Run formatted = run(repo, "pre-commit", "run", "xenlint-format", "--files", "db.cfg");
        assertEquals(1, formatted.exit(), formatted.output());
        assertTrue(formatted.output().contains("files were modified by this hook"), formatted.output());
        String after = Files.readString(repo.resolve("db.cfg"));
        assertEquals("name = \"db\"\n\ntype = \"pvh\"\nkernel = \"/boot/vmlinuz\"\nmemory = 1024\n", after);
        assertEquals(0, run(repo, "pre-commit", "run", "xenlint-format", "--files", "db.cfg").exit(),
                "a second run changes nothing");
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String ok(Run r) {
        assertEquals(0, r.exit(), r.output());
        return r.output();
    }

    private static Run run(Path dir, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(SCRATCH, "run", ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.put("PRE_COMMIT_HOME", SCRATCH.resolve("cache").toString());
        env.put("PRE_COMMIT_COLOR", "never");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
        env.remove("GIT_INDEX_FILE");
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within 10 minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log));
    }

    private static void requireTool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, name).canExecute()) {
                return;
            }
        }
        String message = name + " is not installed (on Debian: apt-get install " + name + "; .ci/run installs it)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + "; CI must run the pre-commit test");
        }
        Assumptions.abort(message + "; skipping the pre-commit test");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }
}
