package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.xenlint.Lint;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.SourceText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds of disk and vif strings xl's own parse checks exercise
 * (tools/xl/check-xl-disk-parse and check-xl-vif-parse in Xen's tree), written
 * here as config entries: each must give libxl's field values in the model's
 * disk and vif views (and so in {@code dump}), or an error finding. Where xl's
 * check passes several command-line words, the entry joins them with commas,
 * as a config file must.
 */
class XlParseCasesTest {

    private static Analysis lint(String disk) {
        return Lint.all(SourceText.of("t.cfg", "name = \"t\"\ndisk = [ " + XlLiteral.quote(disk) + " ]\n"), Dialect.XL);
    }

    /** pdev_path|vdev|format|readwrite|is_cdrom|removable|script|backend|discard|trusted; "-" = absent (null). */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "/dev/vg/guest-volume,,hda; /dev/vg/guest-volume|hda|raw|1|0|0|-|-|-|-",
        "/dev/vg/guest-volume,raw,hda,rw; /dev/vg/guest-volume|hda|raw|1|0|0|-|-|-|-",
        "format=raw, vdev=hda, access=rw, target=/dev/vg/guest-volume; /dev/vg/guest-volume|hda|raw|1|0|0|-|-|-|-",
        "format=raw,vdev=hda,access=rw,target=/dev/vg/guest-volume; /dev/vg/guest-volume|hda|raw|1|0|0|-|-|-|-",
        "raw:/dev/vg/guest-volume,hda,w; /dev/vg/guest-volume|hda|raw|1|0|0|-|-|-|-",
        "/root/image.iso,,hdc,cdrom; /root/image.iso|hdc|raw|0|1|1|-|-|-|-",
        "/root/image.iso,,hdc,,cdrom; /root/image.iso|hdc|raw|0|1|1|-|-|-|-",
        "/root/image.iso,raw,hdc,devtype=cdrom; /root/image.iso|hdc|raw|0|1|1|-|-|-|-",
        "format=raw, vdev=hdc, access=ro, devtype=cdrom, target=/root/image.iso; /root/image.iso|hdc|raw|0|1|1|-|-|-|-",
        "raw:/root/image.iso,hdc:cdrom,ro; /root/image.iso|hdc|raw|0|1|1|-|-|-|-",
        "backendtype=phy,vdev=xvdb,access=w,target=/dev/vg/guest-volume; /dev/vg/guest-volume|xvdb|raw|1|0|0|-|phy|-|-",
        "devtype=cdrom,,,hdc; |hdc|empty|0|1|1|-|-|-|-",
        ",,hdc:cdrom,r; |hdc|empty|0|1|1|-|-|-|-",
        ",hdc:cdrom,r; |hdc|empty|0|1|1|-|-|-|-",
        "vdev=hdc,access=r,devtype=cdrom,target=; |hdc|empty|0|1|1|-|-|-|-",
        ",empty,hdc:cdrom,r; |hdc|empty|0|1|1|-|-|-|-",
        "vdev=hdc,access=r,devtype=cdrom,format=empty; -|hdc|empty|0|1|1|-|-|-|-",
        "vdev=hdc,access=r,devtype=cdrom; -|hdc|empty|0|1|1|-|-|-|-",
        "iscsi:iqn.2001-05.com.example:0-8a0906-examplehost,xvda,w; iqn.2001-05.com.example:0-8a0906-examplehost|xvda|raw|1|0|0|block-iscsi|-|-|-",
        "vdev=xvda,access=w,script=block-iscsi,target=iqn.2001-05.com.example:0-8a0906-examplehost; iqn.2001-05.com.example:0-8a0906-examplehost|xvda|raw|1|0|0|block-iscsi|-|-|-",
        "drbd:app01,hda,w; app01|hda|raw|1|0|0|block-drbd|-|-|-",
        "discard,vdev=hda,target=/some/disk/image.raw; /some/disk/image.raw|hda|raw|1|0|0|-|-|True|-",
        "cdrom,no-discard,vdev=hda,target=/some/disk/image.iso; /some/disk/image.iso|hda|raw|0|1|1|-|-|False|-",
        "trusted,vdev=hda,target=/some/disk/image.raw; /some/disk/image.raw|hda|raw|1|0|0|-|-|-|True",
        "untrusted,vdev=hda,target=/some/disk/image.raw; /some/disk/image.raw|hda|raw|1|0|0|-|-|-|False",
        // review row XC501: an empty field is only a positional field when a comma ends it
        "/x,,hdb,,; /x|hdb|raw|1|0|0|-|-|-|-",
        "/x,qcow2,xvda; /x|xvda|qcow2|1|0|0|-|-|-|-",
    })
    void diskEntriesGiveLibxlFields(String spec, String expected) {
        Analysis a = lint(spec);
        List<Diagnostic> errors = a.diagnostics().stream().filter(d -> d.code().startsWith("XC5")).toList();
        assertEquals(List.of(), errors, spec);
        DiskSpec d = a.model().disks().get(0);
        String[] e = expected.strip().split("\\|", -1);
        Map<String, Object> want = new LinkedHashMap<>();
        want.put("pdev_path", e[0].equals("-") ? null : e[0]);
        want.put("vdev", e[1]);
        want.put("format", e[2]);
        want.put("readwrite", Integer.parseInt(e[3]));
        want.put("is_cdrom", Integer.parseInt(e[4]));
        want.put("removable", Integer.parseInt(e[5]));
        want.put("script", e[6].equals("-") ? null : e[6]);
        want.put("backend", e[7].equals("-") ? null : e[7]);
        want.put("discard_enable", e[8].equals("-") ? null : e[8]);
        want.put("trusted", e[9].equals("-") ? null : e[9]);
        Map<String, Object> got = new LinkedHashMap<>();
        Map<String, Object> fields = d.libxlFields();
        for (String k : want.keySet()) {
            got.put(k, fields.get(k));
        }
        assertEquals(want, got, spec);
    }

    /** Entries xl refuses: each gets an error finding. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"foo", "/x,QCOW2,xvda", "/x,raw,xvda,rw,extra", "foo=bar,target=/x",
        "/x,raw,xvda,w!", "vdev=xvda,devtype=floppy,target=/x"})
    void diskEntriesXlRefusesAreErrors(String spec) {
        Analysis a = lint(spec);
        assertFalse(a.diagnostics().stream().noneMatch(d -> d.code().startsWith("XC5")
                && d.severity() == dev.xenlint.lint.Severity.ERROR), spec + ": " + a.diagnostics());
    }

    /** rate → bytes per interval and interval in µs, as libxlu computes them; "error" for a refused rate. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "16000000b/s; 100000 50000", "16000000b/s@50ms; 100000 50000", "2000000B/s; 100000 50000",
        "2000000B/s@50ms; 100000 50000", "16Kb/s; 100 50000", "16Kb/s@50ms; 100 50000", "2KB/s; 100 50000",
        "2KB/s@50ms; 100 50000", "16Mb/s; 100000 50000", "16Mb/s@50ms; 100000 50000", "2MB/s; 100000 50000",
        "2MB/s@50ms; 100000 50000", "8Gb/s; 50000000 50000", "8Gb/s@50ms; 50000000 50000",
        "1GB/s; 50000000 50000", "1GB/s@50ms; 50000000 50000", "80Mb/s@1s; 10000000 1000000",
        "10MB/s@1s; 10000000 1000000", "010Mb/s; 50000 50000",
        "foo; error", "10MB; error", "10MB/m; error", "10ZB; error", "10ZB/s; error", "10ZB/m; error",
        "4294967296b/s; error", "4294967296Kb/s; error", "4294967296Mb/s; error", "4294967296Gb/s; error",
        "0B/s; error", "10Mb/s@foo; error", "10Mb/s@10h; error", "10MB/s@foo; error", "10MB/s@10h; error",
        "1B/s@4294967296us; error", "1B/s@4294968ms; error", "1B/s@4295s; error", "1B/s@0us; error",
        "4294967295GB/s@5us; error", "4296MB/s@4294s; error", "@; error", "09Mb/s; error",
    })
    void vifRatesGiveLibxlValues(String rate, String expected) {
        VifRate r = VifRate.xl(rate);
        assertEquals(expected.strip(), r.error() != null ? "error" : r.bytesPerInterval() + " " + r.intervalUsecs(),
                rate);
        Analysis a = Lint.all(SourceText.of("t.cfg", "name = \"t\"\nvif = [ 'rate=" + rate + "' ]\n"), Dialect.XL);
        boolean refused = a.diagnostics().stream().anyMatch(d -> d.code().equals("XC604")
                && d.severity() == dev.xenlint.lint.Severity.ERROR);
        assertEquals(r.error() != null, refused, rate + ": " + a.diagnostics());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"trusted; True", "untrusted; False"})
    void vifTrustFlags(String item, String trusted) {
        Analysis a = Lint.all(SourceText.of("t.cfg", "name = \"t\"\nvif = [ '" + item + "' ]\n"), Dialect.XL);
        KeyValueSpec v = a.model().vifs().get(0);
        assertEquals(List.of(item), List.copyOf(v.entries().keySet()));
        assertEquals(List.of(), a.diagnostics().stream().filter(d -> d.code().startsWith("XC6")).toList());
        Map<String, Object> dump = dev.xenlint.output.ModelDump.of("t.cfg", a, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> vif = ((List<Map<String, Object>>) dump.get("vifs")).get(0);
        assertEquals(trusted.strip(), vif.get("trusted"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"foo"})
    void unknownVifItemIsAFinding(String item) {
        Analysis a = Lint.all(SourceText.of("t.cfg", "name = \"t\"\nvif = [ '" + item + "' ]\n"), Dialect.XL);
        assertFalse(a.diagnostics().stream().noneMatch(d -> d.code().equals("XC606")), a.diagnostics().toString());
    }
}
