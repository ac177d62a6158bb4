package dev.xenlint.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A directory walk over a tree laid out like a real /etc/xen. */
class EtcXenWalkTest {

    private static final String WEB = "# web server\nname = \"web\"\nmemory = 1024\nkernel = \"/boot/vmlinuz\"\n";
    private static final String DB = "name = \"db\"\nmemory = 2048\nkernel = \"/boot/vmlinuz\"\n";

    /** Lays out an /etc/xen: guests with and without extensions, the toolstack's files, leftovers, auto/ links. */
    static Path etcXen(Path root) throws Exception {
        Path xen = Files.createDirectories(root.resolve("etc").resolve("xen"));
        Files.writeString(xen.resolve("web"), WEB);                      // a guest without an extension
        Files.writeString(xen.resolve("db.cfg"), DB);
        Files.writeString(xen.resolve("xlexample.hvm"), "name = \"example\"\ntype = \"hvm\"\nmemory = 512\n");
        Files.writeString(xen.resolve("xl.conf"), "autoballoon = \"off\"\nlockfile = \"/var/lock/xl\"\n");
        Files.writeString(xen.resolve("xend-config.sxp"), "(xend-http-server no)\n");
        Files.writeString(xen.resolve("xend-pci-permissive.sxp"), "(unconstrained_dev_ids)\n");
        Files.writeString(xen.resolve("cpupool"), "name = \"pool1\"\nsched = \"credit\"\ncpus = [\"2\"]\n");
        Files.writeString(xen.resolve("README"), "Put your guest configurations here.\nSee xl.cfg(5).\n");
        Files.writeString(xen.resolve("db.cfg~"), DB + "broken = [\n");
        Files.writeString(xen.resolve("db.cfg.bak"), DB + "broken = [\n");
        Files.writeString(xen.resolve("db.cfg.rpmnew"), DB + "broken = [\n");
        Files.writeString(xen.resolve("xl.conf.dpkg-dist"), "broken = [\n");
        Files.writeString(xen.resolve("#db.cfg#"), "broken = [\n");
        Files.writeString(xen.resolve(".db.cfg.swp"), "broken = [\n");
        Path scripts = Files.createDirectories(xen.resolve("scripts"));
        Files.writeString(scripts.resolve("vif-bridge"), "#!/bin/sh\ndir=$(dirname \"$0\")\n");
        Path auto = Files.createDirectories(xen.resolve("auto"));
        Files.createSymbolicLink(auto.resolve("db.cfg"), Path.of("../db.cfg"));
        Files.createSymbolicLink(auto.resolve("web"), Path.of("../web"));
        return xen;
    }

    @Test
    void walkTakesTheGuestsOnceAndSaysWhyTheRestWasSkipped(@TempDir Path root) throws Exception {
        Path xen = etcXen(root);
        List<String> errors = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        List<String> files = Discovery.expand(List.of(xen.toString()), Workspace.at(root), errors,
                s -> skipped.put(xen.relativize(s.path()).toString(), s.reason()));
        assertEquals(List.of(), errors);
        assertEquals(List.of("auto/db.cfg", "auto/web", "xlexample.hvm"),
                files.stream().map(f -> xen.relativize(Path.of(f)).toString()).toList(),
                "each guest once, under the path met first");
        assertTrue(skipped.get("db.cfg").startsWith("the same file as one already taken"), skipped.toString());
        assertTrue(skipped.get("web").startsWith("the same file as one already taken"), skipped.toString());
        assertEquals("xl's own settings, not a domain", skipped.get("xl.conf"));
        assertEquals("xend's own settings, not a domain", skipped.get("xend-config.sxp"));
        assertEquals("xend's own settings, not a domain", skipped.get("xend-pci-permissive.sxp"));
        assertEquals("a cpupool definition, not a domain", skipped.get("cpupool"));
        assertEquals("no extension, and its content is not a domain configuration", skipped.get("README"));
        for (String leftover : List.of("db.cfg~", "db.cfg.bak", "db.cfg.rpmnew", "xl.conf.dpkg-dist", "#db.cfg#")) {
            assertEquals("a backup or package leftover", skipped.get(leftover), leftover);
        }
        assertEquals("hidden", skipped.get(".db.cfg.swp"));
        assertEquals("the toolstack's hotplug scripts", skipped.get("scripts"));
    }

    @Test
    void aSymbolicOrAHardLinkIsTheFileItNames(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("guests"));
        Files.writeString(dir.resolve("a.cfg"), DB);
        Files.createLink(dir.resolve("b.cfg"), dir.resolve("a.cfg"));           // same inode, another real path
        Files.createSymbolicLink(dir.resolve("c.cfg"), Path.of("b.cfg"));
        Files.createSymbolicLink(dir.resolve("d.cfg"), Path.of("a.cfg"));
        List<String> errors = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        List<String> files = Discovery.expand(List.of(dir.toString()), Workspace.at(root), errors,
                s -> skipped.put(dir.relativize(s.path()).toString(), s.reason()));
        assertEquals(List.of(), errors);
        assertEquals(List.of("a.cfg"), files.stream().map(f -> dir.relativize(Path.of(f)).toString()).toList());
        for (String same : List.of("b.cfg", "c.cfg", "d.cfg")) {
            assertEquals("the same file as one already taken (" + dir.resolve("a.cfg") + ")", skipped.get(same));
        }
        // nor does a file named twice on the command line, by two hard links, clash with itself
        dev.xenlint.CliRunner r = dev.xenlint.CliRunner.run("check", "--color", "never",
                dir.resolve("a.cfg").toString(), dir.resolve("b.cfg").toString());
        assertFalse(r.out().contains("also used by"), r.out());
    }

    @Test
    void checkOfTheTreeIsCleanAndVerboseExplains(@TempDir Path root) throws Exception {
        Path xen = etcXen(root);
        CliRunner r = CliRunner.run("check", "--verbose", "--color", "never", xen.toString());
        assertEquals("No problems found in 3 files.\n", r.out(), r.err());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("xenlint: skipped " + xen.resolve("xl.conf") + ": xl's own settings, not a domain"),
                r.err());
        CliRunner quiet = CliRunner.run("check", xen.toString());
        assertEquals("", quiet.err());
    }

    @Test
    void namedFilesAreAlwaysCheckedAndIncludeRulesOverTheDefaults(@TempDir Path root) throws Exception {
        Path xen = etcXen(root);
        CliRunner named = CliRunner.run("check", "--color", "never", xen.resolve("db.cfg.bak").toString());
        assertEquals(1, named.exit(), "a named file is checked whatever its name: " + named.out());
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(xen.resolve(".xenlint.toml"), "include = [\"xl.conf\", \"*.cfg\"]\nexclude = [\"auto/**\"]\n");
        List<String> files = Discovery.expand(List.of(xen.toString()), Workspace.at(root), new ArrayList<>(), s -> { });
        assertEquals(List.of("db.cfg", "xl.conf"), files.stream().map(f -> xen.relativize(Path.of(f)).toString()).toList());
    }

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheRestChecked(@TempDir Path root) throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory");
        Path xen = etcXen(root);
        Path locked = Files.createDirectories(xen.resolve("locked"));
        Files.writeString(locked.resolve("x.cfg"), DB);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            CliRunner r = CliRunner.run("check", "--color", "never", xen.toString());
            assertEquals(2, r.exit());
            assertTrue(r.err().contains("cannot read directory " + locked + ": permission denied"), r.err());
            assertTrue(r.out().contains("in 3 files"), r.out());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
