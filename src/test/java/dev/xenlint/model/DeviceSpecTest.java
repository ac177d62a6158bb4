package dev.xenlint.model;

import dev.xenlint.Lint;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


/** Disk, vif, boot and pci strings are read as each toolstack reads them, each field with its source range. */
class DeviceSpecTest {

    private static ConfigModel model(String text, Dialect dialect) {
        return Lint.all(SourceText.of("t", text), dialect).model();
    }

    private static DiskSpec disk(String spec, Dialect dialect) {
        List<DiskSpec> disks = model("disk = [ '" + spec + "' ]\n", dialect).disks();
        assertEquals(1, disks.size());
        return disks.get(0);
    }

    @Test
    void xmDiskWithIoemuPrefix() {
        SourceText source = SourceText.of("t", "disk = [ 'phy:/dev/vg/x,ioemu:hda,w' ]\n");
        DiskSpec d = Lint.all(source, Dialect.XM).model().disks().get(0);
        assertEquals("phy", d.prefix().text());
        assertEquals("/dev/vg/x", d.pdevPath());
        assertEquals("hda", d.vdev().text());
        assertEquals("hda", source.slice(d.vdev().range()));
        assertEquals("ioemu:", source.slice(d.ioemu().range()));
        assertTrue(d.readwrite());
        assertFalse(d.isCdrom());
        assertEquals("raw", d.formatName());
    }

    @Test
    void xmEmptyCdrom() {
        DiskSpec d = disk(",hdc:cdrom,r", Dialect.XM);
        assertNull(d.pdevPath());
        assertTrue(d.isCdrom());
        assertFalse(d.readwrite());
        assertEquals("hdc", d.vdev().text());
        assertEquals("empty", d.formatName());
    }

    @Test
    void xmTapSubtypeSetsTheFormatAndUnknownTypesAScript() {
        assertEquals("qcow2", disk("tap:qcow2:/srv/a.qcow2,xvda,w", Dialect.XM).formatName());
        assertEquals("/srv/a.qcow2", disk("tap:qcow2:/srv/a.qcow2,xvda,w", Dialect.XM).pdevPath());
        assertEquals("tap:tapdisk:aio", disk("tap:tapdisk:aio:/srv/a.img,xvda,w", Dialect.XM).prefix().text());
        assertEquals("block-iscsi", disk("iscsi:iqn.2001-04.com.example:disk,xvda,w", Dialect.XM).scriptName());
    }

    @Test
    void xmFieldCountIsChecked() {
        DiskSpec d = disk("phy:/dev/vg/x,hda", Dialect.XM);
        assertEquals(1, d.problems().size());
        assertTrue(d.problems().get(0).message().contains("3 to 5"));
    }

    @Test
    void xlPositionalFields() {
        DiskSpec d = disk("/dev/vg/guest,raw,xvda,rw", Dialect.XL);
        assertEquals("/dev/vg/guest", d.pdevPath());
        assertEquals("raw", d.format().text());
        assertEquals("xvda", d.vdev().text());
        assertEquals("rw", d.access().text());
        assertTrue(d.problems().isEmpty());
    }

    @Test
    void xlKeyValueAndTargetTakesTheRest() {
        DiskSpec d = disk("vdev=xvdb, access=ro, target=/srv/a,b.img", Dialect.XL);
        assertEquals("/srv/a,b.img", d.pdevPath());
        assertEquals("xvdb", d.vdev().text());
        assertFalse(d.readwrite());
    }

    @Test
    void xlAcceptsXmEmptyCdromForm() {
        DiskSpec d = disk(",hdc:cdrom,r", Dialect.XL);
        assertTrue(d.isCdrom());
        assertEquals("hdc", d.vdev().text());
        assertNull(d.format());
        assertFalse(d.readwrite());
    }

    @Test
    void xlDeprecatedPrefixesAndProblems() {
        DiskSpec d = disk("phy:/dev/vg/x,xvda,w", Dialect.XL);
        assertEquals("/dev/vg/x", d.pdevPath());
        assertEquals("xvda", d.vdev().text(), "after a prefix the second positional is the vdev");
        assertEquals("qcow2", disk("qcow2:/srv/a.img,xvda,w", Dialect.XL).formatName());
        assertEquals("unknown disk prefix `sync:`", disk("sync:/srv/a.img,xvda,w", Dialect.XL).problems().get(0).message());
        assertEquals("unknown disk parameter `mode`",
                disk("vdev=xvda,mode=w,target=/a", Dialect.XL).problems().get(0).message());
        assertEquals("/a,mode=w", disk("vdev=xvda,target=/a,mode=w", Dialect.XL).pdevPath(), "target= takes the rest");
        assertEquals("access `w!` is not r, ro, w or rw", disk("/a,raw,xvda,w!", Dialect.XL).problems().get(0).message());
        assertTrue(disk("/a,raw,xvda,w,extra", Dialect.XL).problems().get(0).message().startsWith("too many positional"));
    }

    @Test
    void vifEntriesKeepTheirRanges() {
        SourceText source = SourceText.of("t", "vif = [ 'type=ioemu, mac=00:16:3e:00:00:01 ,bridge=xenbr0' ]\n");
        KeyValueSpec v = Lint.all(source, Dialect.XM).model().vifs().get(0);
        assertEquals("ioemu", v.get("type").text());
        assertEquals("00:16:3e:00:00:01", source.slice(v.get("mac").range()));
        assertEquals("xenbr0", v.get("bridge").text());
        assertNull(v.get("model"));
        // xl skips the blanks before an item only: the value keeps its trailing space
        KeyValueSpec xl = Lint.all(source, Dialect.XL).model().vifs().get(0);
        assertEquals("00:16:3e:00:00:01 ", source.slice(xl.get("mac").range()));
        assertEquals("xenbr0", xl.get("bridge").text());
    }

    @Test
    void xlVifVfbAndVtpmItemsAreReadWithoutTrimming() {
        KeyValueSpec vif = KeyValueSpec.parseXl(Value.Str.synthetic(" mac = 00:16:3e:00:00:02,,rate=10Mb/s ,trusted",
                TextRange.empty(0)), KeyValueSpec.XlItems.FLAGS);
        assertEquals(List.of("mac ", "rate", "trusted"), List.copyOf(vif.entries().keySet()));
        assertEquals(" 00:16:3e:00:00:02", vif.entries().get("mac ").value().text());
        assertEquals("10Mb/s ", vif.get("rate").text());
        assertNull(vif.get("trusted"));
        KeyValueSpec vfb = KeyValueSpec.parseXl(Value.Str.synthetic("vnc=1,foo,vnclisten=0.0.0.0",
                TextRange.empty(0)), KeyValueSpec.XlItems.STOP);
        assertEquals(List.of("vnc"), List.copyOf(vfb.entries().keySet()), "xl stops at an item without =");
        assertEquals("foo", vfb.stoppedAt().text());
        KeyValueSpec xm = KeyValueSpec.parse(Value.Str.synthetic(" mac = 00:16:3e:00:00:02", TextRange.empty(0)));
        assertEquals("00:16:3e:00:00:02", xm.get("mac").text(), "xm strips keys and values");
    }

    @Test
    void aBareItemInAnXlVifKeepsTheValueGivenBeforeIt() {
        // xl's parse_nic_config matches `type=` only: a bare `type` is an unrecognized argument, which it prints and
        // skips, so `type=vif` stays the card's type (tools/xl/xl_parse.c at c447b7308b, 427 and 2600-2607)
        KeyValueSpec vif = KeyValueSpec.parseXl(Value.Str.synthetic("backend=dd,type=vif,type",
                TextRange.empty(0)), KeyValueSpec.XlItems.FLAGS);
        assertEquals("vif", vif.get("type").text());
        assertEquals(1, vif.problems().size(), "still given twice");
        // a bare item before the value, or alone, is as before
        assertEquals("vif", KeyValueSpec.parseXl(Value.Str.synthetic("type,type=vif", TextRange.empty(0)),
                KeyValueSpec.XlItems.FLAGS).get("type").text());
        assertTrue(KeyValueSpec.parseXl(Value.Str.synthetic("backend=dd,type", TextRange.empty(0)),
                KeyValueSpec.XlItems.FLAGS).entries().containsKey("type"));
    }

    @Test
    void vifFromFormattedStringMapsSubstitutionsToTheirArgument() {
        SourceText source = SourceText.of("t", "n = 5\nvif = [ 'mac=aa:00:00:00:00:%02x, bridge=xenbr0' % n ]\n");
        KeyValueSpec v = Lint.all(source, null).model().vifs().get(0);
        assertEquals("aa:00:00:00:00:05", v.get("mac").text());
        assertEquals("bridge=xenbr0", source.slice(v.entries().get("bridge").key().range().cover(v.get("bridge").range())));
    }

    @Test
    void bootLettersEachHaveARange() {
        SourceText source = SourceText.of("t", "boot = 'dxc'\n");
        var boot = Lint.all(source, null).model().boot().get(0);
        assertEquals(3, boot.letters().size());
        assertEquals(new dev.xenlint.text.Position(1, 10), source.position(boot.letters().get(1).range().start()));
    }

    @Test
    void pciAddresses() {
        PciSpec full = PciSpec.parse(dev.xenlint.model.Value.Str.synthetic("0000:03:00.1@1f,permissive=1",
                dev.xenlint.text.TextRange.empty(0)));
        assertEquals("0000", full.domain().text());
        assertEquals("03", full.bus().text());
        assertEquals("00", full.slot().text());
        assertEquals("1", full.function().text());
        assertEquals("1f", full.vslot().text());
        assertEquals("1", full.options().get("permissive").text());
        PciSpec bad = PciSpec.parse(dev.xenlint.model.Value.Str.synthetic("03-00-1", dev.xenlint.text.TextRange.empty(0)));
        assertEquals(1, bad.problems().size());
    }

    @Test
    void guestType() {
        assertEquals(GuestType.HVM, model("builder = 'hvm'\n", null).guest().type());
        assertEquals(GuestType.PVH, model("type = 'pvh'\n", null).guest().type());
        assertEquals(GuestType.HVM, model("type = 'h'\n", Dialect.XL).guest().type());
        assertEquals(GuestType.PV, model("name = 'x'\n", null).guest().type());
        GuestInfo either = model("import os\nif os.getenv('H'):\n    builder = 'hvm'\nelse:\n    builder = 'linux'\n", null)
                .guest();
        assertTrue(either.mayBe(GuestType.HVM) && either.mayBe(GuestType.PV));
    }
}
