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
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * More rows of the review of the rules against Xen's source (issue 7), with
 * the target Xen release where the truth depends on it: the smallest config
 * of each row, what the rule must and must not report, severity and position.
 */
class RuleReviewVersionsTest {

    static Analysis analyze(String text, Dialect dialect, String xen) {
        LintOptions options = LintOptions.dialect(dialect);
        if (xen != null) {
            options = options.withXenVersion(XenVersion.parse(xen));
        }
        return Linter.analyze(SourceText.of("t.cfg", text), options);
    }

    /** Findings of one rule as "severity line:column", in order. */
    static List<String> findings(String code, String text, Dialect dialect, String xen) {
        Analysis a = analyze(text, dialect, xen);
        return a.diagnostics().stream().filter(d -> d.code().equals(code))
                .map(d -> d.severity().id() + " " + a.source().position(d.range().start()))
                .collect(Collectors.toList());
    }

    static List<String> findings(String code, String text, Dialect dialect) {
        return findings(code, text, dialect, null);
    }

    static List<Diagnostic> diagnostics(String code, String text, Dialect dialect, String xen) {
        return analyze(text, dialect, xen).diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    // --- guest type: prefix matching of builder, type only from 4.10, noise after a refused type

    @Test
    void xc207SaysNothingAfterATypeXlRefuses() {
        String cfg = "name = \"t\"\ntype = \"HVM\"\n";
        assertEquals(List.of(), findings("XC207", cfg, Dialect.XL));
        assertEquals(List.of("error 2:8"), findings("XC203", cfg, Dialect.XL));
        Analysis a = analyze(cfg, Dialect.XL, null);
        assertEquals(EnumSet.allOf(GuestType.class), a.model().guest().possible());
        assertTrue(a.model().guest().reason().contains("unknown"), a.model().guest().reason());
        // a refused builder (4.10 on) leaves the type unknown too
        assertEquals(List.of(), findings("XC207", "name = \"t\"\nbuilder = \"linux\"\n", Dialect.XL));
    }

    @Test
    void xlBuilderIsMatchedByPrefix() {
        Analysis empty = analyze("name = \"t\"\nbuilder = \"\"\n", Dialect.XL, null);
        assertEquals(GuestType.HVM, empty.model().guest().type());
        assertEquals(GuestType.HVM, analyze("name = \"t\"\nbuilder = \"h\"\n", Dialect.XL, null).model().guest().type());
        assertEquals(GuestType.PV, analyze("name = \"t\"\nbuilder = \"gen\"\nkernel = \"/k\"\n", Dialect.XL, null)
                .model().guest().type());
        // `builder = ""` is deprecated like "hvm", not refused
        assertEquals(List.of("warning 2:1"), findings("XC201", "name = \"t\"\nbuilder = \"\"\n", Dialect.XL));
        // before 4.10 every value that is no prefix of hvm builds PV
        assertEquals(GuestType.PV, analyze("name = \"t\"\nbuilder = \"linux\"\n", Dialect.XL, "4.9").model().guest()
                .type());
        assertEquals(GuestType.HVM, analyze("name = \"t\"\nbuilder = \"\"\n", Dialect.XL, "4.9").model().guest().type());
    }

    @Test
    void xc202ComparesTheTypesExactly() {
        assertEquals(List.of("error 3:11"), findings("XC202",
                "name = \"t\"\ntype = \"pvh\"\nbuilder = \"generic\"\nkernel = \"/k\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC202", "name = \"t\"\ntype = \"hvm\"\nbuilder = \"\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC202", "name = \"t\"\ntype = \"pv\"\nbuilder = \"linux\"\n", Dialect.XL),
                "linux is refused on its own (XC201)");
        assertEquals(List.of(), findings("XC202", "name = \"t\"\ntype = \"pv\"\nbuilder = \"hvm\"\n", Dialect.XL, "4.9"),
                "no type before 4.10");
    }

    @Test
    void typeIsNotReadBefore410() {
        String hvm = "name = \"t\"\ntype = \"hvm\"\n";
        assertEquals(List.of("error 2:8"), findings("XC220", hvm, Dialect.XL, "4.9"));
        assertEquals(List.of(), findings("XC220", hvm, Dialect.XL, "4.10"));
        assertEquals(GuestType.PV, analyze(hvm, Dialect.XL, "4.9").model().guest().type());
        assertEquals(List.of("error 1:1"), findings("XC207", hvm, Dialect.XL, "4.9"), "a PV guest without kernel");
        assertEquals(List.of(), findings("XC203", "name = \"t\"\ntype = \"HVM\"\n", Dialect.XL, "4.9"));
        assertEquals(List.of("warning 2:8"), findings("XC220", "name = \"t\"\ntype = \"HVM\"\n", Dialect.XL, "4.9"));
        assertEquals(List.of(), findings("XC220", "name = \"t\"\ntype = \"pv\"\nkernel = \"/k\"\n", Dialect.XL, "4.4"));
        assertEquals(List.of(), findings("XC220", "name = \"t\"\ntype = \"hvm\"\nbuilder = \"hvm\"\n", Dialect.XL, "4.9"));
        assertEquals(List.of("error 2:8"), findings("XC220",
                "name = \"t\"\ntype = \"pv\"\nbuilder = \"hvm\"\n", Dialect.XL, "4.9"));
    }

    // --- XC209: the kernel command line is built from cmdline, root and extra

    @Test
    void xc209RootAndExtraAreDirectBootParametersToo() {
        assertEquals(List.of("error 3:1"), findings("XC209", "type=\"hvm\"\nname = \"t\"\nroot=\"/dev/xvda1\"\n",
                Dialect.XL));
        assertEquals(List.of("error 3:1"), findings("XC209", "name = \"t\"\ntype = \"hvm\"\nextra = \"\"\n", Dialect.XL),
                "an empty extra is still a command line");
        assertEquals(List.of(), findings("XC209", "name = \"t\"\ntype = \"hvm\"\nroot = \"/dev/xvda1\"\n"
                + "kernel = \"/boot/vmlinuz\"\n", Dialect.XL));
        assertEquals(List.of("error 4:1"), findings("XC209", "name = \"t\"\ntype = \"hvm\"\nkernel = \"/usr/lib/xen/boot/hvmloader\"\n"
                + "root = \"/dev/xvda1\"\n", Dialect.XL), "an hvmloader kernel is dropped");
        assertEquals(List.of("error 3:1"), findings("XC209", "name = \"t\"\nbuilder = \"hvm\"\nramdisk = \"/i\"\n",
                Dialect.XL, "4.5"));
        // before 4.5 xl read these keys for PV guests only
        assertEquals(List.of("warning 3:1"), findings("XC209", "name = \"t\"\nbuilder = \"hvm\"\nroot = \"/dev/sda1\"\n",
                Dialect.XL, "4.4"));
    }

    // --- XC208: xl reads device_model to warn and ignore it from 4.2; 4.0 and 4.1 ran it for HVM guests

    @Test
    void xc208DependsOnTheRelease() {
        String hvm = "name = \"t\"\nbuilder = \"hvm\"\ndevice_model = \"/usr/lib/xen/bin/qemu-dm\"\n";
        assertEquals(List.of("warning 3:1"), findings("XC208", hvm, Dialect.XL, "4.2"));
        assertEquals(List.of(), findings("XC208", hvm, Dialect.XL, "4.1"));
        assertEquals(List.of("warning 3:1"), findings("XC208",
                "name = \"t\"\nkernel = \"/k\"\ndevice_model = \"/usr/lib/xen/bin/qemu-dm\"\n", Dialect.XL, "4.0"));
    }

    // --- display: where each toolstack takes VNC from

    @Test
    void xc401AVfbOfTypeVncTurnsVncOnInXm() {
        assertEquals(List.of(), findings("XC401",
                "name = 't'\nbuilder = 'hvm'\nvfb = ['type=vnc']\nvncconsole = 1\n", Dialect.XM));
        assertEquals(List.of(), findings("XC401",
                "name = 't'\nbuilder = 'hvm'\nvfb = ['vnc=1']\nvncconsole = 1\n", Dialect.XM));
        assertEquals(List.of("warning 4:1"), findings("XC401",
                "name = 't'\nbuilder = 'hvm'\nvfb = ['type=sdl']\nvncconsole = 1\n", Dialect.XM));
        assertEquals(List.of("warning 4:1"), findings("XC401",
                "name = 't'\nbuilder = 'hvm'\nvfb = ['vnc=1']\nvncconsole = 1\n", Dialect.XM, "3.3"),
                "vnc= in a vfb entry came with 3.4");
    }

    @Test
    void xc403LooksOnlyWhereTheToolstackTakesTheDisplayFrom() {
        // PVH: no top-level display at all
        assertEquals(List.of(), findings("XC403",
                "name = \"t\"\ntype = \"pvh\"\nkernel = \"/k\"\nvnc = 1\nvnclisten = \"0.0.0.0\"\n", Dialect.XL));
        // ... but its first vfb is its display
        assertEquals(List.of("warning 4:19"), findings("XC403",
                "name = \"t\"\ntype = \"pvh\"\nkernel = \"/k\"\nvfb = [\"vnclisten=0.0.0.0\"]\n", Dialect.XL));
        // xl HVM: vfb entries are never used
        assertEquals(List.of(), findings("XC403",
                "name = \"t\"\ntype = \"hvm\"\nvfb = [\"vnc=1,vnclisten=0.0.0.0\"]\n", Dialect.XL));
        // xl PV: the top-level keys are ignored when a vfb exists
        assertEquals(List.of(), findings("XC403", "name = \"t\"\nkernel = \"/k\"\nvfb = [\"vnc=1\"]\nvnc = 1\n"
                + "vnclisten = \"0.0.0.0\"\n", Dialect.XL));
        assertEquals(List.of("warning 4:13"), findings("XC403", "name = \"t\"\nkernel = \"/k\"\nvnc = 1\n"
                + "vnclisten = \"0.0.0.0\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC403", "name = \"t\"\nkernel = \"/k\"\nvnc = 1\n"
                + "vnclisten = \"0.0.0.0\"\n", Dialect.XL, "4.3"), "before 4.4 xl built no PV framebuffer from vnc");
        // loopback with a display number, IPv6 in brackets
        for (String lo : List.of("[::1]", "[::1]:1", "::1", "127.0.0.1:2", "localhost")) {
            assertEquals(List.of(), findings("XC403", "name = \"t\"\ntype = \"hvm\"\nvnclisten = \"" + lo + "\"\n",
                    Dialect.XL), lo);
        }
        // xm: vfb type=vnc is VNC on; xm PV top-level keys are not read
        assertEquals(List.of("warning 3:28"), findings("XC403",
                "name = 't'\nkernel = '/k'\nvfb = ['type=vnc,vnclisten=0.0.0.0']\n", Dialect.XM));
        assertEquals(List.of(), findings("XC403",
                "name = 't'\nkernel = '/k'\nvfb = ['type=sdl,vnclisten=0.0.0.0']\n", Dialect.XM));
        assertEquals(List.of(), findings("XC403",
                "name = 't'\nkernel = '/k'\nvnc = 1\nvnclisten = '0.0.0.0'\n", Dialect.XM));
        assertEquals(List.of("warning 4:13"), findings("XC403",
                "name = 't'\nbuilder = 'hvm'\nvnc = 1\nvnclisten = '0.0.0.0'\n", Dialect.XM));
    }

    @Test
    void xc703DisplayKeysDoNothingOnPvhAndOnPvWithAVfb() {
        assertEquals(List.of("warning 4:1", "warning 5:1", "warning 6:1"), findings("XC703",
                "name = \"t\"\ntype = \"pvh\"\nkernel = \"/k\"\nvnc = 1\nsdl = 1\nkeymap = \"de\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC703", "name = \"t\"\nkernel = \"/k\"\nvnc = 1\nkeymap = \"de\"\n",
                Dialect.XL));
        assertEquals(List.of("warning 4:1"), findings("XC703", "name = \"t\"\nkernel = \"/k\"\nvnc = 0\n"
                + "keymap = \"de\"\n", Dialect.XL));
        assertEquals(List.of("warning 4:1", "warning 5:1"), findings("XC703", "name = \"t\"\nkernel = \"/k\"\n"
                + "vfb = [\"vnc=1\"]\nvnc = 1\nvnclisten = \"127.0.0.1\"\n", Dialect.XL));
        List<Diagnostic> old = diagnostics("XC703", "name = \"t\"\nkernel = \"/k\"\nvnc = 1\n", Dialect.XL, "4.3");
        assertEquals(1, old.size());
        assertTrue(old.get(0).message().contains("xl 4.3 reads `vnc` for HVM guests only"), old.get(0).message());
    }

    // --- XC404: usbdevice per toolstack

    @Test
    void xc404XmsQemuDmWarnsAndStartsWithoutTheDevice() {
        String xm = "name = 't'\nbuilder = 'hvm'\nusb = 1\nusbdevice = '%s'\n";
        assertEquals(List.of("warning 4:14"), findings("XC404", xm.formatted("keyboard"), Dialect.XM));
        assertEquals(List.of("warning 4:14"), findings("XC404", xm.formatted("tablett"), Dialect.XM));
        for (String ok : List.of("tablet", "mouse", "disk:/srv/usb.img", "disk-qcow:/srv/usb.qcow2", "host:1.2",
                "host:0x1.0x2", "host:046d:c52b")) {
            assertEquals(List.of(), findings("XC404", xm.formatted(ok), Dialect.XM), ok);
        }
        assertEquals(List.of("warning 4:14"), findings("XC404", xm.formatted("disk-qcow:/x"), Dialect.XM, "3.2"),
                "disk-qcow: arrived in 3.3");
        // xl's QEMU refuses to start
        assertEquals(List.of("error 3:14"), findings("XC404", "name = \"t\"\ntype = \"hvm\"\nusbdevice = \"tablett\"\n",
                Dialect.XL));
        assertEquals(List.of(), findings("XC404", "name = \"t\"\ntype = \"hvm\"\nusbdevice = \"keyboard\"\n",
                Dialect.XL));
    }

    // --- xm policies: restart, access_control; xl mca_caps

    @Test
    void xc705NeverIsRefusedUnlessAllThreeActionsAreSet() {
        assertEquals(List.of("error 2:11"), findings("XC705",
                "name = 't'\nrestart = 'never'\non_poweroff = 'destroy'\n", Dialect.XM));
        assertEquals(List.of(), findings("XC705", "name = 't'\nrestart = 'never'\non_poweroff = 'destroy'\n"
                + "on_reboot = 'destroy'\non_crash = 'destroy'\n", Dialect.XM));
        assertEquals(List.of(), findings("XC705", "name = 't'\nrestart = 'never'\n", Dialect.XM, "3.0.3"),
                "xend up to 3.0.3 read never as destroy");
        List<Diagnostic> d = diagnostics("XC705", "name = 't'\nrestart = 'never'\non_crash = 'destroy'\n", Dialect.XM,
                null);
        assertTrue(d.get(0).message().contains("for `on_poweroff`, `on_reboot` (not set here)"), d.get(0).message());
    }

    @Test
    void xc707FollowsXmsRegularExpression() {
        assertEquals(List.of(), findings("XC707", "name = 't'\naccess_control = []\n", Dialect.XM));
        assertEquals(List.of("error 2:19"), findings("XC707", "name = 't'\naccess_control = ['label=web,policy=ACM']\n",
                Dialect.XM));
        assertEquals(List.of("error 2:19"), findings("XC707", "name = 't'\naccess_control = ['policy=ACM, label=web']\n",
                Dialect.XM));
        assertEquals(List.of("error 2:19"), findings("XC707", "name = 't'\naccess_control = [' policy=ACM,label=web']\n",
                Dialect.XM));
        assertEquals(List.of(), findings("XC707", "name = 't'\naccess_control = ['policy=a,b,label=web']\n", Dialect.XM),
                "the policy is a,b");
        assertEquals(List.of("error 2:18"), findings("XC707", "name = 't'\naccess_control = 'policy=ACM,label=web'\n",
                Dialect.XM));
        assertEquals(List.of("error 2:18"), findings("XC707",
                "name = 't'\naccess_control = ['policy=A,label=a', 'policy=A,label=b']\n", Dialect.XM));
        // before 4.0 (c50b989b44) xm split on commas: any order, spaces stripped, no commas inside values
        assertEquals(List.of(), findings("XC707", "name = 't'\naccess_control = ['label=web, policy=ACM']\n",
                Dialect.XM, "3.4"));
        assertEquals(List.of("error 2:19"), findings("XC707", "name = 't'\naccess_control = ['policy=a,b,label=web']\n",
                Dialect.XM, "3.4"));
        assertEquals(List.of("error 2:19"), findings("XC707", "name = 't'\naccess_control = ['label=web']\n",
                Dialect.XM, "3.4"));
    }

    @Test
    void xc708NonStringItemsAndANonListAreRefused() {
        String hvm = "name = \"t\"\ntype = \"hvm\"\n";
        assertEquals(List.of("error 3:13"), findings("XC708", hvm + "mca_caps = [1]\n", Dialect.XL));
        assertEquals(List.of("error 3:12"), findings("XC708", hvm + "mca_caps = 1\n", Dialect.XL));
        assertEquals(List.of("error 3:13"), findings("XC708", hvm + "mca_caps = [[\"lmce\"]]\n", Dialect.XL));
        assertEquals(List.of(), findings("XC708", hvm + "mca_caps = [\"lmce\", \"lmce\"]\n", Dialect.XL));
        // a quoted single value: invalid-value-type, with its fix, and not twice
        assertEquals(List.of(), findings("XC708", hvm + "mca_caps = \"lmce\"\n", Dialect.XL));
        assertEquals(List.of("error 3:12"), findings("XC104", hvm + "mca_caps = \"lmce\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC708", hvm + "mca_caps = [\"default\"]\n", Dialect.XL, "4.9"),
                "no mca_caps before 4.10");
    }

    @Test
    void xc218AsksForBuilderBefore410() {
        String cfg = "name = \"t\"\nkernel = \"/usr/lib/xen/boot/hvmloader\"\n";
        List<Diagnostic> old = diagnostics("XC218", cfg, Dialect.XL, "4.9");
        assertTrue(old.get(0).message().contains("xl 4.9 says `builder = \"hvm\"`"), old.get(0).message());
        assertEquals("builder = \"hvm\"", old.get(0).fix().edits().get(0).replacement());
        List<Diagnostic> now = diagnostics("XC218", cfg, Dialect.XL, null);
        assertEquals("type = \"hvm\"", now.get(0).fix().edits().get(0).replacement());
    }
}
