package dev.xenlint.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a walk says of directories it cannot list (simulated: the tests run as root, who lists every directory). */
class DiscoveryTest {

    /** Lists directories as the file system does, except {@code locked}, which is refused as for a reader without permission. */
    private static Discovery.Lister refusing(Path locked) {
        return dir -> {
            if (dir.equals(locked)) {
                throw new AccessDeniedException(dir.toString());
            }
            try (Stream<Path> s = Files.list(dir)) {
                return s.sorted().toList();
            }
        };
    }

    @Test
    void aFileNamedTwiceOrAlsoReachedByAWalkIsTakenOnce(@TempDir Path root) throws IOException {
        // issue 9: `check a.cfg a.cfg` reported every finding twice and counted two files
        Path xen = Files.createDirectories(root.resolve("xen"));
        Path a = Files.writeString(xen.resolve("a.cfg"), "name = 'a'\n");
        Path b = Files.writeString(xen.resolve("b.cfg"), "name = 'b'\n");
        List<String> errors = new ArrayList<>();
        List<String> said = new ArrayList<>();
        List<String> files = Discovery.expand(
                List.of(a.toString(), xen.resolve(".").resolve("a.cfg").toString(), xen.toString(), xen.toString()),
                Workspace.at(root), errors, skipped -> said.add(skipped.path().getFileName() + ": " + skipped.reason()),
                refusing(null));
        assertEquals(List.of(a.toString(), b.toString()), files);
        assertEquals(List.of(), errors, "a walk whose files were all taken before found them all the same");
        assertEquals("a.cfg: the same file as one already taken (" + a + ")", said.get(0));
    }

    @Test
    void anUnreadableTopDirectoryIsOneErrorAndNotAWalkThatFoundNothing(@TempDir Path root) throws IOException {
        Path xen = Files.createDirectories(root.resolve("xen"));
        Files.writeString(xen.resolve("a.cfg"), "name = 'a'\n");
        Path other = Files.createDirectories(root.resolve("other"));
        Files.writeString(other.resolve("b.cfg"), "name = 'b'\n");
        List<String> errors = new ArrayList<>();
        List<String> files = Discovery.expand(List.of(xen.toString(), other.toString()), Workspace.at(root), errors,
                skipped -> { }, refusing(xen));
        assertEquals(List.of("cannot read directory " + xen + ": permission denied"), errors);
        assertEquals(List.of(other.resolve("b.cfg").toString()), files, "the other argument is still walked");
    }

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestOfTheWalkTaken(@TempDir Path root) throws IOException {
        Path xen = Files.createDirectories(root.resolve("xen"));
        Files.writeString(xen.resolve("a.cfg"), "name = 'a'\n");
        Path locked = Files.createDirectories(xen.resolve("locked"));
        Files.writeString(locked.resolve("x.cfg"), "name = 'x'\n");
        List<String> errors = new ArrayList<>();
        List<String> files = Discovery.expand(List.of(xen.toString()), Workspace.at(root), errors, skipped -> { },
                refusing(locked));
        assertEquals(List.of("cannot read directory " + locked + ": permission denied; the rest was checked"), errors);
        assertEquals(List.of(xen.resolve("a.cfg").toString()), files);
    }

    @Test
    void aWalkOfOnlyAnUnreadableSubdirectorySaysBoth(@TempDir Path root) throws IOException {
        Path xen = Files.createDirectories(root.resolve("xen"));
        Path locked = Files.createDirectories(xen.resolve("locked"));
        List<String> errors = new ArrayList<>();
        Discovery.expand(List.of(xen.toString()), Workspace.at(root), errors, skipped -> { }, refusing(locked));
        assertEquals(List.of("cannot read directory " + locked + ": permission denied; the rest was checked",
                "no configuration files found in " + xen), errors);
    }

    @Test
    void aLinkToAMissingFileIsTakenSoThatTheCheckSaysItCannotBeRead(@TempDir Path root) throws IOException {
        Path xen = Files.createDirectories(root.resolve("xen"));
        Files.writeString(xen.resolve("a.cfg"), "name = 'a'\n");
        Path auto = Files.createDirectories(xen.resolve("auto"));
        Files.createSymbolicLink(auto.resolve("gone"), Path.of("../gone.cfg")); // a guest removed, its autostart link left
        Files.createSymbolicLink(auto.resolve("old.cfg.bak"), Path.of("../old.cfg"));
        List<String> errors = new ArrayList<>();
        List<Discovery.Skipped> skipped = new ArrayList<>();
        List<String> files = Discovery.expand(List.of(xen.toString()), Workspace.at(root), errors, skipped::add);
        assertEquals(List.of(), errors);
        assertEquals(List.of(xen.resolve("a.cfg").toString(), auto.resolve("gone").toString()), files);
        assertEquals(List.of(new Discovery.Skipped(auto.resolve("old.cfg.bak"), "a backup or package leftover")), skipped);
        dev.xenlint.CliRunner r = dev.xenlint.CliRunner.run("check", "--color", "never", xen.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("cannot read " + auto.resolve("gone") + ": no such file"), r.err());
    }

    @Test
    void aLinkLoopIsNamedOnce(@TempDir Path root) throws IOException {
        Path loop = Files.createSymbolicLink(root.resolve("loop.cfg"), Path.of("loop.cfg"));
        dev.xenlint.CliRunner r = dev.xenlint.CliRunner.run("check", loop.toString());
        assertEquals(2, r.exit());
        assertEquals("xenlint: cannot read " + loop + ": too many levels of symbolic links (a link that leads back to "
                + "itself?)\n", r.err());
    }

    @Test
    void anEmptyArgumentIsAnErrorAndNotTheCurrentDirectory(@TempDir Path root) throws IOException {
        Path a = Files.writeString(root.resolve("a.cfg"), "name = 'a'\n");
        List<String> errors = new ArrayList<>();
        List<String> files = Discovery.expand(List.of("", a.toString()), Workspace.at(root), errors, skipped -> { });
        assertEquals(List.of("an empty path was given (an unset variable?); name a file or a directory, \".\" for this one"),
                errors);
        assertEquals(List.of(a.toString()), files);
    }
}
