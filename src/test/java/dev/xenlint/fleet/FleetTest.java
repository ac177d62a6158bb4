package dev.xenlint.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FleetTest {

    private final List<SourceText> texts = new ArrayList<>();
    private final Fleet fleet = new Fleet();

    private int add(String path, String text, String... groups) {
        return addAs(path, path, text, groups);
    }

    private int addAs(String path, String identity, String text, String... groups) {
        SourceText source = SourceText.of(path, text);
        texts.add(source);
        var model = Linter.analyze(source, LintOptions.DEFAULT).model();
        return fleet.add(new Fleet.Member(path, identity, Set.of(groups), FactCollector.collect(model)));
    }

    private List<String> findings() {
        List<String> out = new ArrayList<>();
        for (Fleet.Clash c : fleet.clashes()) {
            Diagnostic d = FleetDiagnostics.of(fleet, c, texts::get, r -> r.severity());
            out.add(fleet.member(c.member()).displayPath() + ":" + texts.get(c.member()).position(d.range().start())
                    + " " + d.severity().id() + "[" + d.rule() + "] " + d.message() + " | related "
                    + d.related().stream().map(r -> r.file().displayPath() + ":"
                            + r.file().source().position(r.range().start())).toList());
        }
        return out;
    }

    @Test
    void twoGuestsWithOneNameClashInBothFiles() {
        add("web.cfg", "name = \"web\"\nmemory = 512\n");
        add("web2.cfg", "memory = 512\nname = 'web'\n");
        add("db.cfg", "name = \"db\"\n");
        List<String> f = findings();
        assertEquals(2, f.size(), f::toString);
        assertTrue(f.get(0).startsWith("web.cfg:1:8 error[duplicate-guest-name] guest name `web` is also used by "
                + "web2.cfg: the toolstack refuses"), f.get(0));
        assertTrue(f.get(0).endsWith("related [web2.cfg:2:8]"), f.get(0));
        assertTrue(f.get(1).startsWith("web2.cfg:2:8 error[duplicate-guest-name] guest name `web` is also used by "
                + "web.cfg"), f.get(1));
    }

    @Test
    void aFileReachedTwiceNeverClashesWithItself() {
        addAs("web.cfg", "/etc/xen/web.cfg", "name = 'web'\nvif = ['mac=00:16:3e:00:00:01']\n");
        addAs("auto/web.cfg", "/etc/xen/web.cfg", "name = 'web'\nvif = ['mac=00:16:3e:00:00:01']\n");
        assertEquals(List.of(), findings());
    }

    @Test
    void alternativesOfOneGuestDoNotClash() {
        add("web.cfg", "name = 'web'\n", "web");
        add("web-standby.cfg", "name = 'web'\n", "web");
        add("other.cfg", "name = 'web'\n");
        List<String> f = findings();
        assertEquals(3, f.size(), f::toString);
        assertTrue(f.get(0).contains("also used by other.cfg:"), f.get(0));
        assertTrue(f.get(2).contains("also used by web.cfg and web-standby.cfg:"), f.get(2));
    }

    @Test
    void macAddressesCompareCaseInsensitivelyWithEitherSeparator() {
        add("a.cfg", "name = 'a'\nvif = ['bridge=xenbr0,mac=00:16:3E:AA:bb:01']\n");
        add("b.cfg", "name = 'b'\nvif = [ 'mac=00-16-3e-aa-BB-01,bridge=xenbr0' ]\n");
        List<String> f = findings();
        assertEquals(2, f.size(), f::toString);
        assertTrue(f.get(0).startsWith("a.cfg:2:27 error[shared-mac-address] MAC address `00:16:3E:AA:bb:01` is "
                + "also used by b.cfg"), f.get(0));
    }

    @Test
    void diskWritableTwiceIsAnErrorWritableAndReadAWarningReadTwiceFine() {
        add("a.cfg", "name = 'a'\ndisk = ['phy:/dev/vg0/data,xvdb,w', 'file:/srv/iso/d.iso,hdc:cdrom,r']\n");
        add("b.cfg", "name = 'b'\ndisk = ['/dev/mapper/vg0-data,raw,xvdb,rw', 'target=/srv//iso/../iso/d.iso,"
                + "vdev=hdc,devtype=cdrom']\n");
        add("c.cfg", "name = 'c'\ndisk = [ 'phy:/dev/vg0/../vg0//data,xvda,r' ]\n");
        List<String> f = findings();
        assertEquals(3, f.size(), f::toString);
        assertTrue(f.get(0).startsWith("a.cfg:2:14 error[shared-writable-disk] `/dev/vg0/data` is writable by this "
                + "guest and by b.cfg"), f.get(0));
        assertTrue(f.get(0).endsWith("related [b.cfg:2:10, c.cfg:2:15]"), f.get(0));
        assertTrue(f.get(2).startsWith("c.cfg:2:15 warning[shared-writable-disk] `/dev/vg0/../vg0//data` is read-only "
                + "here but writable by a.cfg and b.cfg"), f.get(2));
    }

    @Test
    void sharingAllowedWithWBangOnBothSidesIsNotReported() {
        add("a.cfg", "name = 'a'\ndisk = ['phy:/dev/sdb,xvdb,w!']\n");
        add("b.cfg", "name = 'b'\ndisk = ['phy:/dev/sdb,xvdb,w!']\n");
        assertEquals(List.of(), findings());
    }

    @Test
    void vncDisplayIsAWarningWhileVncunusedMayMoveTheGuestAndAnErrorOtherwise() {
        add("a.cfg", "name = 'a'\ntype = 'hvm'\nvnc = 1\nvncdisplay = 3\n");
        add("b.cfg", "name = 'b'\ntype = 'hvm'\nvnc = 1\nvncdisplay = 3\n");
        add("c.cfg", "name = 'c'\ntype = 'hvm'\nvncdisplay = 3\nvncunused = 0\nvnclisten = '127.0.0.1'\n");
        add("d.cfg", "name = 'd'\ntype = 'hvm'\nvncdisplay = 3\nvnclisten = '192.0.2.10'\n");
        List<String> f = findings();
        assertEquals(3, f.size(), f::toString);
        assertTrue(f.get(0).contains("error[shared-vnc-display]"), f.get(0));
        assertTrue(f.get(2).startsWith("c.cfg:3:14 error[shared-vnc-display]"), f.get(2));
    }

    @Test
    void pciAddressesCompareWithTheDefaultDomain() {
        add("a.cfg", "name = 'a'\npci = ['03:00.0']\n");
        add("b.cfg", "name = 'b'\npci = ['0000:03:00.0,permissive=1']\n");
        List<String> f = findings();
        assertEquals(2, f.size(), f::toString);
        assertTrue(f.get(0).contains("PCI device 0000:03:00.0 is also passed through to b.cfg"), f.get(0));
    }

    @Test
    void valuesThatDependOnTheHostAreNotCompared() {
        add("a.cfg", "import os\nif os.uname()[1] == 'h1':\n    name = 'web'\nelse:\n    name = 'web2'\n");
        add("b.cfg", "name = 'web'\n");
        assertEquals(List.of(), findings());
    }

    @Test
    void lvmMapperNamesUndoubleHyphens() {
        assertEquals("/dev/my-vg/root", DiskTarget.lvm("/dev/mapper/my--vg-root"));
        assertEquals("/dev/vg/lv-a", DiskTarget.lvm("/dev/mapper/vg-lv--a"));
        assertEquals("/dev/mapper/nohyphen", DiskTarget.lvm("/dev/mapper/nohyphen"));
        assertEquals("/a/c", DiskTarget.normalise("//a/./b/../c/"));
        assertNull(FactCollector.macKey("00:16:3e:00:00"));
    }
}
