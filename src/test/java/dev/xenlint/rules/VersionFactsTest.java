package dev.xenlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.XenVersion;
import dev.xenlint.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts that changed across Xen releases, each checked on both sides of the release that changed it. */
class VersionFactsTest {

    private static Analysis lint(String text, Dialect dialect, String version) {
        return Linter.analyze(SourceText.of("t.cfg", text),
                LintOptions.dialect(dialect).withXenVersion(version == null ? null : XenVersion.parse(version)));
    }

    private static List<String> codes(String text, Dialect dialect, String version) {
        return lint(text, dialect, version).diagnostics().stream().map(Diagnostic::code).toList();
    }

    /** ae97d42025 (3.0.3): qemu-dm reads every hd* disk; before, a disk without ioemu: was PV only. */
    @Test
    void ioemuPrefixMattersOnlyBefore303() {
        String cfg = "name = 'w'\nbuilder = 'hvm'\ndisk = [ 'phy:/dev/vg/w,hda,w', 'file:/x.iso,hdc:cdrom,r' ]\n";
        assertEquals(List.of("XC502"), codes(cfg, Dialect.XM, "3.0.2").stream().filter(c -> c.equals("XC502")).toList());
        assertTrue(!codes(cfg, Dialect.XM, "3.0.3").contains("XC502"));
        assertTrue(!codes(cfg, Dialect.XM, null).contains("XC502"), "the default xm target is 4.4");
    }

    /** d1bd157fbc (3.0.2): the HVM builder was vmx before, hvm after; vmx files are HVM guests. */
    @Test
    void vmxIsTheHvmBuilderBefore302() {
        String cfg = "name = 'w'\nbuilder = 'vmx'\nkernel = '/usr/lib/xen/boot/hvmloader'\nboot = 'c'\n"
                + "vif = [ 'type=ioemu, bridge=xenbr0' ]\ndisk = [ 'phy:/dev/vg/w,ioemu:hda,w' ]\n";
        for (String v : new String[] {"3.0.0", "4.4"}) {
            Analysis a = lint(cfg, Dialect.XM, v);
            assertEquals(GuestType.HVM, a.model().guest().type(), v);
            List<String> codes = a.diagnostics().stream().map(Diagnostic::code).toList();
            assertTrue(!codes.contains("XC703") && !codes.contains("XC603"), v + ": " + codes);
        }
        assertTrue(!codes(cfg, Dialect.XM, "3.0.0").contains("XC203"));
        assertTrue(codes(cfg, Dialect.XM, "3.0.2").contains("XC203"), "xend refuses vmx from 3.0.2");
        assertTrue(lint(cfg, Dialect.XM, "3.0.0").model().guest().reason().contains("the HVM builder of Xen 3.0"));
        assertTrue(lint(cfg, Dialect.XM, "4.4").model().guest().reason().contains("xend 4.4 refuses it"));
        String hvm = cfg.replace("'vmx'", "'hvm'");
        assertTrue(codes(hvm, Dialect.XM, "3.0.0").contains("XC203"), "hvm is unknown before 3.0.2");
        assertTrue(!codes(hvm, Dialect.XM, "3.0.2").contains("XC203"));
    }

    /** 7dc9afed06 (3.0.4): an untyped HVM vif became emulated as well as paravirtual. */
    @Test
    void untypedVifMeaningChangedIn304() {
        String cfg = "name = 'w'\nbuilder = 'hvm'\nvif = [ 'bridge=xenbr0' ]\n";
        String before = message("XC605", lint(cfg, Dialect.XM, "3.0.3"));
        String after = message("XC605", lint(cfg, Dialect.XM, "3.0.4"));
        assertTrue(before.contains("paravirtual card only"), before);
        assertTrue(after.contains("both an emulated card and a paravirtual one"), after);
    }

    /** c7dfe4ac58 (4.10): xl deprecates builder for type and refuses values other than hvm and generic. */
    @Test
    void xlBuilderDeprecatedFrom410() {
        String hvm = "name = \"a\"\nbuilder = \"hvm\"\n";
        assertTrue(message("XC201", lint(hvm, Dialect.XL, "4.10")).contains("deprecated in xl since Xen 4.10"));
        assertTrue(!codes(hvm, Dialect.XL, "4.9").contains("XC201"), "not deprecated before 4.10");
        String linux = "name = \"a\"\nbuilder = \"linux\"\nkernel = \"/k\"\n";
        Diagnostic refused = lint(linux, Dialect.XL, "4.10").diagnostics().stream()
                .filter(d -> d.code().equals("XC201")).findFirst().orElseThrow();
        assertEquals(dev.xenlint.lint.Severity.ERROR, refused.severity());
        assertTrue(!codes(linux, Dialect.XL, "4.9").contains("XC201"), "4.9 builds PV for linux, as meant");
        String vmx = "name = \"a\"\nbuilder = \"vmx\"\n";
        assertTrue(message("XC201", lint(vmx, Dialect.XL, "4.9")).contains("silently builds a PV guest"));
        assertTrue(message("XC201", lint(vmx, Dialect.XL, "4.22")).contains("write `type = \"hvm\"`"));
    }

    /** xm keys removed during xm's life are read by the releases before their removal. */
    @Test
    void removedXmKeysAreReadBeforeTheirRemoval() {
        String cdrom = "name = 'w'\nbuilder = 'hvm'\ncdrom = '/x.iso'\n";
        assertTrue(!codes(cdrom, Dialect.XM, "3.0.2").contains("XC101"));
        assertTrue(message("XC101", lint(cdrom, Dialect.XM, "3.0.3")).contains("until 3.0.3, not by 3.0.3"));
        String usbport = "name = 'w'\nusbport = [ '1' ]\nkernel = '/k'\n";
        assertTrue(codes(usbport, Dialect.XM, "3.0.2").contains("XC101"), "usbport arrived in 3.0.3");
        assertTrue(!codes(usbport, Dialect.XM, "3.1").contains("XC101"));
        assertTrue(codes(usbport, Dialect.XM, "3.2").contains("XC101"), "removed by 012e2baf87");
        String vtpm = "name = 'w'\nvtpm = [ 'instance=1,backend=0' ]\nkernel = '/k'\n";
        assertTrue(!codes(vtpm, Dialect.XM, "4.2").contains("XC101"));
        assertTrue(codes(vtpm, Dialect.XM, "4.3").contains("XC101"), "removed by aaa9ddeec8");
    }

    /** ae97d42025 (3.0.3): the CD-ROM moved from the cdrom key to a ',hdc:cdrom,r' disk entry. */
    @Test
    void cdromKeyBefore303DiskEntryAfter() {
        String key = "name = 'w'\nbuilder = 'hvm'\ndisk = [ 'phy:/dev/vg/w,ioemu:hda,w' ]\ncdrom = '/x.iso'\nboot = 'dc'\n";
        String entry = "name = 'w'\nbuilder = 'hvm'\ndisk = [ 'phy:/dev/vg/w,hda,w', 'file:/x.iso,hdc:cdrom,r' ]\n"
                + "boot = 'dc'\n";
        assertTrue(!codes(key, Dialect.XM, "3.0.2").contains("XC205"));
        assertTrue(codes(key, Dialect.XM, "3.0.3").contains("XC205"));
        assertTrue(!codes(entry, Dialect.XM, "3.0.3").contains("XC205"));
        assertTrue(message("XC205", lint(entry, Dialect.XM, "3.0.2")).contains("no `cdrom` image is set"));
    }

    private static String message(String code, Analysis a) {
        return a.diagnostics().stream().filter(d -> d.code().equals(code)).map(Diagnostic::message).findFirst()
                .orElse("(no " + code + ")");
    }
}
