package dev.xenlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.Lint;
import dev.xenlint.TestFiles;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Fix;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the rules must not say (false positives) and details the documents do not show. */
class RuleBehaviourTest {

    private static List<Diagnostic> all(String text, Dialect dialect) {
        return Lint.all(SourceText.of("t.cfg", text), dialect).diagnostics();
    }

    @Test
    void cleanConfigsOfBothStylesHaveNoFindings() {
        for (String file : new String[] {"xm/xen3-manual-hvm.cfg", "xm/xmexample-hvm.cfg", "xm/xmexample1-pv.cfg",
            "xm/python-constructs.cfg", "xl/windows-hvm.cfg", "xl/debian-pv.cfg", "xl/pvh-minimal.cfg",
            "xl/appended-lists.cfg"}) {
            Path p = TestFiles.TESTDATA.resolve(file);
            assertEquals(List.of(), Lint.all(TestFiles.source(p), null).diagnostics(), file);
        }
    }

    @Test
    void keySetInBothBranchesIsNotADuplicate() {
        String xm = """
                import os
                name = 'x'
                if os.path.exists('/dev/vg/big'):
                    memory = 2048
                else:
                    memory = 512
                disk = [ 'phy:/dev/vg/a,xvda,w' ]
                disk += [ 'phy:/dev/vg/b,xvdb,w' ]
                """;
        assertTrue(all(xm, null).stream().noneMatch(d -> d.rule().equals("duplicate-key")), all(xm, null).toString());
    }

    @Test
    void localVariablesAreNotUnknownKeys() {
        String xm = """
                import os
                name = 'x'
                arch_libdir = 'lib64' if os.uname()[4] == 'x86_64' else 'lib'
                device_model = '/usr/' + arch_libdir + '/xen/bin/qemu-dm'
                """;
        assertTrue(all(xm, null).stream().noneMatch(d -> d.rule().equals("unknown-key")));
    }

    @Test
    void hostDependentDisksDoNotTriggerBootChecks() {
        String xm = "import os\nname = 'x'\nbuilder = 'hvm'\ndisk = os.environ['DISKS']\nboot = 'd'\n";
        assertTrue(all(xm, null).stream().noneMatch(d -> d.rule().equals("boot-device-missing")));
    }

    @Test
    void pythonInXlOffersTheFoldedLiteral() {
        List<Diagnostic> ds = Lint.only("XC002", SourceText.of("t", "memory = 64 * 4\n"), Dialect.XL);
        assertEquals(1, ds.size());
        Fix fix = ds.get(0).fix();
        assertNotNull(fix);
        assertEquals(Fix.Applicability.SAFE, fix.applicability());
        assertEquals("256", fix.edits().get(0).replacement());
        assertEquals(List.of(), Lint.only("XC002", SourceText.of("t", "memory = 256\n"), Dialect.XL));
    }

    @Test
    void fixesCarryTheirEdits() {
        SourceText s = SourceText.of("t", "name = 'w'\nbuilder = 'hvm'\ndisk = [ 'phy:/dev/vg/x,hda,w' ]\n");
        Diagnostic ioemu = xen302(s).diagnostics().stream().filter(d -> d.code().equals("XC502")).findFirst()
                .orElseThrow(); // disk-missing-ioemu holds for Xen before 3.0.3 only
        assertEquals(Fix.Applicability.SAFE, ioemu.fix().applicability());
        assertEquals("ioemu:", ioemu.fix().edits().get(0).replacement());
        assertEquals("hda", s.slice(ioemu.range()));
        Diagnostic builder = Lint.only("XC201", s, Dialect.XL).get(0);
        assertEquals(Dialect.XL, Lint.all(s, Dialect.XL).model().dialect());
        assertEquals("type = \"hvm\"", builder.fix().edits().get(0).replacement());
        assertEquals(dev.xenlint.lint.Severity.WARNING, builder.severity());
    }

    @Test
    void loopbackVncIsFine() {
        for (String address : new String[] {"127.0.0.1", "::1", "localhost", "127.0.0.1:1"}) {
            String xl = "name = 'x'\ntype = 'hvm'\nvnclisten = '" + address + "'\n";
            assertEquals(List.of(), Lint.only("XC403", SourceText.of("t", xl), Dialect.XL), address);
        }
        String withPassword = "name = 'x'\ntype = 'hvm'\nvnclisten = '0.0.0.0'\nvncpasswd = 'x'\n";
        assertEquals(List.of(), Lint.only("XC403", SourceText.of("t", withPassword), Dialect.XL));
    }

    @Test
    void severityOverridesAndSuppressionsApply() {
        var options = new dev.xenlint.analysis.LintOptions(Dialect.XL, new dev.xenlint.analysis.RuleSelection(
                List.of("ALL"), List.of(), java.util.Map.of("unknown-key", dev.xenlint.lint.Severity.INFO)));
        var ds = dev.xenlint.analysis.Linter.analyze(SourceText.of("t", "name='x'\nkernel='k'\nmemroy = 1\n"), options)
                .diagnostics();
        assertEquals(1, ds.size());
        assertEquals(dev.xenlint.lint.Severity.INFO, ds.get(0).severity());
    }

    @Test
    void xlPvGuestWithVncBuildsAFramebuffer() {
        String pv = "name = 'x'\ntype = 'pv'\nkernel = '/k'\nvnc = 1\nvnclisten = '127.0.0.1'\nkeymap = 'de'\n";
        assertEquals(List.of(), Lint.only("XC703", SourceText.of("t", pv), Dialect.XL));
        String off = "name = 'x'\ntype = 'pv'\nkernel = '/k'\nvnclisten = '127.0.0.1'\n";
        assertEquals(1, Lint.only("XC703", SourceText.of("t", off), Dialect.XL).size());
        String xm = "name = 'x'\nkernel = '/k'\nvnc = 1\n";
        assertEquals(1, Lint.only("XC703", SourceText.of("t", xm), Dialect.XM).size());
    }

    @Test
    void xlDiskBackendPairings() {
        String[][] cases = {
            {"vdev=xvda, specification=virtio, target=/a", "pairs `specification=virtio`"},
            {"vdev=xvda, backendtype=standalone, format=qcow2, specification=virtio, target=/a", "raw images only"},
            {"vdev=xvda, grant_usage=2, target=/a", "`grant_usage` is 0 or 1"},
            {"vdev=xvda, backendtype=qdisk, script=block-x, target=/a", "does not run block scripts"},
            {"vdev=xvda, backendtype=standalone, specification=virtio, target=/a", null},
        };
        for (String[] c : cases) {
            String xl = "name='x'\ntype='pvh'\nkernel='/k'\ndisk = [ '" + c[0] + "' ]\n";
            List<Diagnostic> ds = Lint.only("XC501", SourceText.of("t", xl), Dialect.XL);
            if (c[1] == null) {
                assertEquals(List.of(), ds, c[0]);
            } else {
                assertEquals(1, ds.size(), c[0]);
                assertTrue(ds.get(0).message().contains(c[1]), ds.get(0).message());
            }
        }
    }

    @Test
    void suppressionOnTheLastLineOfAListCoversTheWholeStatement() {
        String xm = """
                name = 'w'
                builder = 'hvm'
                disk = [ 'phy:/dev/vg/a,hda,w',
                         'phy:/dev/vg/b,hdb,w' ]  # xenlint: disable=disk-missing-ioemu -- PV drivers installed
                """;
        assertEquals(List.of(), xen302(SourceText.of("t", xm)).diagnostics());
        String unused = "name = 'w'  # xenlint: disable=XC101,unknown-key\n";
        List<Diagnostic> ds = Lint.all(SourceText.of("t", unused), Dialect.XL).diagnostics().stream()
                .filter(d -> d.rule().equals("unused-suppression")).toList();
        assertEquals(2, ds.size(), ds.toString());
    }

    /** An xm file targeting Xen 3.0.2, where disk-missing-ioemu applies. */
    private static dev.xenlint.analysis.Analysis xen302(SourceText s) {
        return dev.xenlint.analysis.Linter.analyze(s, dev.xenlint.analysis.LintOptions.dialect(Dialect.XM)
                .withXenVersion(dev.xenlint.model.XenVersion.parse("3.0.2")));
    }
}
