package dev.xenlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import dev.xenlint.Lint;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.GuestType;
import dev.xenlint.text.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration typed in from a manual's PDF (testdata/broken/manual-paste.cfg: typographic
 * quotes, two statements on one line, a non-breaking space) is repaired by {@code check --fix}
 * into a file that parses, and what remains is the one real problem of the configuration.
 */
class ManualPasteTest {

    private static final Path PASTED = Path.of("testdata/broken/manual-paste.cfg");

    private static final String REPAIRED = """
            # An HVM guest typed in from the user manual's PDF: the quotes came out typographic,
            # two statements ended up on one line, and a non-breaking space crept in.
            kernel = "/usr/lib/xen/boot/hvmloader"
            builder='hvm'
            device_model = '/usr/lib/xen/bin/qemu-dm'
            memory = 512
            name = "winxp"
            vif = [ 'type=ioemu, bridge=xenbr0' ]
            disk = [ 'file:/var/images/winxp.img,ioemu:hda,w', 'phy:/dev/cdrom,hdc:cdrom,r' ]
            boot='d'
            vnc=1
            vnclisten='0.0.0.0'
            sdl=0
            serial = 'pty'
            on_reboot = 'restart'
            on_crash = 'restart'
            """;

    @Test
    void checkFixRepairsThePasteAndLeavesTheRealFinding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("winxp.cfg");
        Files.copy(PASTED, file);

        // before: the paste damage, one finding per string, and the values already read for the other rules
        Analysis before = Lint.all(SourceText.of("winxp.cfg", Files.readString(PASTED)), null);
        assertEquals(Dialect.XM, before.model().dialect());
        assertEquals(GuestType.HVM, before.model().guest().type());
        assertTrue(before.diagnostics().stream().allMatch(d -> d.code().equals("XC001") || d.code().equals("XC403")),
                before.diagnostics().toString());

        CliRunner fixed = CliRunner.run("check", "--fix", "--color", "never", file.toString());
        assertEquals(REPAIRED, Files.readString(file));
        assertTrue(fixed.out().contains("Fixed 15 problems in 1 file."), fixed.out());
        assertEquals(1, fixed.exit(), fixed.out() + fixed.err()); // the warning below is at the threshold

        // after: it parses, and the one finding left is real (VNC open to the network without a password)
        Analysis after = Lint.all(SourceText.of("winxp.cfg", REPAIRED), null);
        assertEquals(List.of("12:11 XC403"), after.diagnostics().stream()
                .map(d -> after.source().position(d.range().start()) + " " + d.code()).toList());
        assertEquals(Dialect.XM, after.model().dialect());

        // a second run changes nothing
        CliRunner again = CliRunner.run("check", "--fix", "--color", "never", file.toString());
        assertEquals(REPAIRED, Files.readString(file));
        assertTrue(again.out().contains("No fixes applied."), again.out());

        // format refused the paste (syntax errors) and accepts the repaired file (exit 1: it would lay it out)
        assertEquals(2, CliRunner.run("format", "--check", PASTED.toString()).exit());
        assertTrue(CliRunner.run("format", "--check", file.toString()).exit() < 2);
    }
}
