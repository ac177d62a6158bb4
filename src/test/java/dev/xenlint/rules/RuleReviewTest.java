package dev.xenlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.Lint;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The smallest config of each row of the review of the rules against Xen's
 * source (issue 7): what each rule must and must not report, with severity
 * and position. Each test names the rule and what Xen does.
 */
class RuleReviewTest {

    /** Findings of one rule as "severity line:column", in order. */
    static List<String> findings(String code, String text, Dialect dialect) {
        Analysis a = Linter.analyze(SourceText.of("t.cfg", text), LintOptions.dialect(dialect));
        return a.diagnostics().stream().filter(d -> d.code().equals(code))
                .map(d -> d.severity().id() + " " + a.source().position(d.range().start()))
                .collect(Collectors.toList());
    }

    static List<Diagnostic> diagnostics(String code, String text, Dialect dialect) {
        return Lint.only(code, SourceText.of("t.cfg", text), dialect);
    }

    // --- row 1: a quoted number is a number (xl strtol, xm int())

    @Test
    void xc104QuotedNumbersAreNumbersForBothToolstacks() {
        assertEquals(List.of(), findings("XC104", "name = \"t\"\nmemory = \"512\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC104", "name = 't'\nmemory = \"512\"\n", Dialect.XM));
        assertEquals(List.of(), findings("XC104", "name = \"t\"\nmemory = \" 0x200\"\nvcpus = \"010\"\n", Dialect.XL));
        // xl's strtol needs the whole text; Python's int() takes no hex
        assertEquals(List.of("error 2:10"), findings("XC104", "name = \"t\"\nmemory = \"512 \"\n", Dialect.XL));
        assertEquals(List.of("error 2:10"), findings("XC104", "name = 't'\nmemory = \"0x200\"\n", Dialect.XM));
        assertEquals(List.of("error 2:10"), findings("XC104", "name = \"t\"\nmemory = \"2G\"\n", Dialect.XL));
    }

    @Test
    void xc104SingleStringForMcaCapsIsRefusedNotIgnored() {
        List<Diagnostic> ds = diagnostics("XC104", "name = \"t\"\ntype = \"hvm\"\nmca_caps = \"lmce\"\n", Dialect.XL);
        assertEquals(1, ds.size(), ds.toString());
        assertTrue(ds.get(0).message().contains("refuses a single string"), ds.get(0).message());
        List<Diagnostic> disk = diagnostics("XC104", "name = \"t\"\ndisk = \"/x,,xvda\"\n", Dialect.XL);
        assertTrue(disk.get(0).message().contains("ignores it"), disk.get(0).message());
    }

    @Test
    void xc215QuotedMmioHoleIsChecked() {
        assertEquals(List.of("error 3:13"), findings("XC215", "name = \"t\"\ntype = \"hvm\"\nmmio_hole = \"4096\"\n",
                Dialect.XL));
        assertEquals(List.of(), findings("XC215", "name = \"t\"\ntype = \"hvm\"\nmmio_hole = \"1024\"\n", Dialect.XL));
    }

    @Test
    void xc303CapBoundIsPerMaxvcpusAndMinusOneIsTheDefault() {
        assertEquals(List.of(), findings("XC303", "name = \"t\"\nvcpus = 2\nmaxvcpus = 4\ncap = 300\n", Dialect.XL));
        assertEquals(List.of("error 4:7"), findings("XC303", "name = \"t\"\nvcpus = 2\nmaxvcpus = 4\ncap = 500\n",
                Dialect.XL));
        assertEquals(List.of(), findings("XC303", "name = \"t\"\ncap = -1\ncpu_weight = -1\n", Dialect.XL));
        assertEquals(List.of("error 2:11"), findings("XC303", "name = 't'\ncpu_cap = -1\n", Dialect.XM));
        assertEquals(List.of("error 3:7"), findings("XC303", "name = \"t\"\nvcpus = \"1\"\ncap = \"150\"\n", Dialect.XL));
    }

    @Test
    void xc409PortZeroIsNoPort() {
        assertEquals(List.of("error 3:1"), findings("XC409",
                "name = \"t\"\ntype = \"hvm\"\nspice = 1\nspiceport = 0\nspicedisable_ticketing = 1\n", Dialect.XL));
        assertEquals(List.of(), findings("XC409",
                "name = \"t\"\ntype = \"hvm\"\nspice = \"1\"\nspiceport = \"6000\"\nspicedisable_ticketing = 1\n",
                Dialect.XL));
    }

    @Test
    void xc301IsAWarningForXlAndAnErrorForXmWithQuotedNumbers() {
        assertEquals(List.of("error 2:10"), findings("XC301", "name = 't'\nmemory = \"1024\"\nmaxmem = \"512\"\n",
                Dialect.XM));
        assertEquals(List.of("warning 2:10"), findings("XC301", "name = \"t\"\nmemory = 1024\nmaxmem = 512\n",
                Dialect.XL));
    }

    // --- `xenlint rules` says every severity a rule emits

    @Test
    void rulesListsEverySeverityARuleEmits() {
        dev.xenlint.CliRunner r = dev.xenlint.CliRunner.run("rules");
        String xc301 = r.out().lines().filter(l -> l.startsWith("XC301")).findFirst().orElseThrow();
        assertTrue(xc301.contains("warning|error"), xc301);
        dev.xenlint.CliRunner json = dev.xenlint.CliRunner.run("rules", "--format", "json");
        assertTrue(json.out().replaceAll("\\s+", "").contains("\"severities\":[\"warning\",\"error\"]"), json.out());
    }

    // --- row 2: xl does not trim spaces inside vif, vfb and vtpm items

    @Test
    void xc617SpacesAroundTheEqualsSignDropTheOptionInXl() {
        String cfg = "name = \"t\"\nvif = ['mac = 00:16:3e:00:00:02']\n";
        assertEquals(List.of("warning 2:9"), findings("XC617", cfg, Dialect.XL));
        assertEquals(List.of(), findings("XC606", cfg, Dialect.XL), "not also an unknown option");
        assertEquals(List.of(), findings("XC617", "name = 't'\nvif = ['mac = 00:16:3e:00:00:02']\n", Dialect.XM));
        assertEquals(List.of(), findings("XC601", cfg, Dialect.XL), "the mac is not read at all");
        // numbers are read with strtoul/atoi, which do not mind the spaces
        assertEquals(List.of(), findings("XC617", "name = \"t\"\nvif = ['mac=00:16:3e:00:00:02 , mtu= 1500']\n",
                Dialect.XL));
    }

    @Test
    void xc603TypeIoemuWithATrailingSpaceIsNotIoemuInXl() {
        String cfg = "name = \"t\"\nkernel = \"/k\"\nvif = ['type=ioemu ,bridge=xenbr0']\n";
        assertEquals(List.of(), findings("XC603", cfg, Dialect.XL));
        assertEquals(List.of("warning 3:14"), findings("XC617", cfg, Dialect.XL));
    }

    @Test
    void xc604RatesBeyond32BitsAndAZeroIntervalAreRefusedByXlAndWarnedForXm() {
        assertEquals(List.of("error 2:14"), findings("XC604", "name = \"t\"\nvif = ['rate=4294967296b/s']\n",
                Dialect.XL));
        assertEquals(List.of("error 2:14"), findings("XC604", "name = \"t\"\nvif = ['rate=1B/s@0us']\n", Dialect.XL));
        assertEquals(List.of("error 2:14"), findings("XC604", "name = \"t\"\nvif = ['rate=10Mb/s ,bridge=b']\n",
                Dialect.XL));
        assertEquals(List.of(), findings("XC604", "name = \"t\"\nvif = ['rate=10Mb/s@50m', 'rate=1B/s@2']\n",
                Dialect.XL));
        assertEquals(List.of("warning 2:14"), findings("XC604", "name = 't'\nvif = ['rate=10Mb/s@50m']\n", Dialect.XM));
    }

    @Test
    void xc606TrustedTakesNoValueInXl() {
        assertEquals(List.of("warning 2:9"), findings("XC606", "name = \"t\"\nvif = ['trusted=1']\n", Dialect.XL));
        assertEquals(List.of(), findings("XC606", "name = \"t\"\nvif = ['trusted,untrusted']\n", Dialect.XL));
    }

    @Test
    void xc609AnItemWithoutEqualsEndsTheEntryAndABadUuidIsRefused() {
        assertEquals(List.of("warning 2:20"), findings("XC609", "name = \"t\"\nvtpm = ['backend=x,foo']\n", Dialect.XL));
        assertEquals(List.of("error 2:25"), findings("XC609", "name = \"t\"\nvtpm = ['backend=0,uuid=zzz']\n",
                Dialect.XL));
    }

    @Test
    void xc612LegacyVfbTypeSpiceIsRefusedByXm() {
        assertEquals(List.of("error 3:14"), findings("XC612", "name = 't'\nbuilder = 'linux'\nvfb = ['type=spice']\n",
                Dialect.XM));
        assertEquals(List.of(), findings("XC612", "name = 't'\nbuilder = 'linux'\nvfb = ['type=vnc']\n", Dialect.XM));
    }

    // --- rows 3 and 4: case and prefix matching

    @Test
    void xc213AndXc214CompareWithoutCase() {
        String hvm = "name = \"t\"\ntype = \"hvm\"\n";
        assertEquals(List.of(), findings("XC213", hvm + "bios = \"SeaBIOS\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC214", hvm + "tsc_mode = \"Native\"\ntimer_mode = \"\u004eo_delay_for_missed_ticks\"\n",
                Dialect.XL));
        assertEquals(List.of(), findings("XC214", hvm + "tsc_mode = \"1\"\n", Dialect.XL));
        assertEquals(List.of("error 3:12"), findings("XC214", hvm + "tsc_mode = \"7\"\n", Dialect.XL));
    }

    @Test
    void xc501DiskFormatIsCaseSensitive() {
        assertEquals(List.of("error 2:13"), findings("XC501", "name = \"t\"\ndisk = [\"/x,QCOW2,xvda\"]\n", Dialect.XL));
    }

    @Test
    void xc203TypeIsMatchedByPrefixAndCase() {
        assertEquals(List.of(), findings("XC203", "name = \"t\"\ntype = \"\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC203", "name = \"t\"\ntype = \"h\"\n", Dialect.XL));
        assertEquals(List.of(), findings("XC203", "name = \"t\"\ntype = \"p\"\nkernel = \"/k\"\n", Dialect.XL));
        assertEquals(List.of("error 2:8"), findings("XC203", "name = \"t\"\ntype = \"HVM\"\n", Dialect.XL));
        Analysis a = Linter.analyze(SourceText.of("t.cfg", "name = \"t\"\ntype = \"h\"\n"), LintOptions.dialect(Dialect.XL));
        assertEquals(dev.xenlint.model.GuestType.HVM, a.model().guest().type());
    }

    @Test
    void xc608EmptyPciListAndCaseOfDisabled() {
        assertEquals(List.of(), findings("XC608", "name = \"t\"\npci = []\npassthrough = \"disabled\"\n", Dialect.XL));
        assertEquals(List.of("error 3:15"), findings("XC608",
                "name = \"t\"\npci = [\"0000:04:00.0\"]\npassthrough = \"Disabled\"\n", Dialect.XL));
    }

    @Test
    void xc204MessageReadsAsASentence() {
        List<Diagnostic> ds = diagnostics("XC204", "name = \"t\"\ntype = \"hvm\"\nboot = \"x\"\n", Dialect.XL);
        assertEquals("`x` is not a boot device; the device model refuses to start. It accepts c (hard disk), "
                + "d (CD-ROM) and n (network)", ds.get(0).message());
    }

    @Test
    void xc607FunctionStarMeansAllFunctionsInXlToo() {
        assertEquals(List.of(), findings("XC607", "name = \"t\"\npci = [\"0000:04:00.*\"]\n", Dialect.XL));
    }

    @Test
    void xc217EmptyBootloaderIsNoBootloaderAndAnEmptyDiskListIsNoDisk() {
        assertEquals(List.of(), findings("XC217", "name = 't'\nkernel = '/k'\nbootloader = ''\n", Dialect.XM));
        assertEquals(List.of("error 2:1"), findings("XC217", "name = 't'\nbootloader = '/usr/bin/pygrub'\ndisk = []\n",
                Dialect.XM));
    }

    @Test
    void xc704NfsServerAloneIsIgnoredNotRefused() {
        assertEquals(List.of("warning 2:1"), findings("XC704", "name = 't'\nnfs_server = '1.2.3.4'\n", Dialect.XM));
    }
    // --- rows XC601, XC602, XC610, XC611, XC614, XC615

    @Test
    void xc601XlReadsOneDigitOctetsAndAnySeparatorAndOnlyWarns() {
        assertEquals(List.of(), findings("XC601", "name = \"t\"\nvif = ['mac=0:16:3e:1:2:3']\n", Dialect.XL));
        assertEquals(List.of(), findings("XC601", "name = \"t\"\nvif = ['mac=00-16-3e-00-00-01']\n", Dialect.XL));
        assertEquals(List.of("warning 2:13"), findings("XC601", "name = \"t\"\nvif = ['mac=00:16:3e:00:1ff:01']\n",
                Dialect.XL));
        assertEquals(List.of("warning 2:13"), findings("XC601", "name = \"t\"\nvif = ['mac=00:16:3e']\n", Dialect.XL));
        // xm's qemu-dm wants colons; an HVM guest's emulated card makes it exit, a PV guest's text is only passed on
        assertEquals(List.of("error 3:13"), findings("XC601",
                "name = 't'\nbuilder = 'hvm'\nvif = ['mac=00-16-3e-00-00-01']\n", Dialect.XM));
        assertEquals(List.of("warning 2:13"), findings("XC601", "name = 't'\nvif = ['mac=00-16-3e-00-00-01']\n",
                Dialect.XM));
        assertEquals(List.of(), findings("XC601", "name = 't'\nbuilder = 'hvm'\nvif = ['mac=0:16:3e:1:2:3']\n",
                Dialect.XM));
    }

    @Test
    void xc602XmRefusesTheSameTextInAnyCaseXlWarnsOnOneBridgeOnly() {
        assertEquals(List.of("error 2:38"), findings("XC602",
                "name = 't'\nvif = ['mac=00:16:3e:00:00:0A', 'mac=00:16:3e:00:00:0a']\n", Dialect.XM));
        assertEquals(List.of("warning 2:38"), findings("XC602",
                "name = \"t\"\nvif = ['mac=00:16:3e:00:00:01', 'mac=0:16:3e:0:0:1']\n", Dialect.XL));
        assertEquals(List.of(), findings("XC602",
                "name = \"t\"\nvif = ['mac=00:16:3e:00:00:01', 'mac=00:16:3e:00:00:01,bridge=xenbr1']\n", Dialect.XL));
    }

    @Test
    void xc610AChannelNeedsANameAndEveryItemAValue() {
        assertEquals(List.of("error 2:12"), findings("XC610", "name = \"t\"\nchannel = ['connection=pty']\n", Dialect.XL));
        assertEquals(List.of("error 2:28"), findings("XC610", "name = \"t\"\nchannel = ['connection=pty,name=']\n",
                Dialect.XL));
        assertEquals(List.of("error 2:28"), findings("XC610", "name = \"t\"\nchannel = ['connection=pty,agent']\n",
                Dialect.XL));
        assertEquals(List.of(), findings("XC610", "name = \"t\"\nchannel = [' connection = pty , name = a ,']\n",
                Dialect.XL));
    }

    @Test
    void xc611XlIrqsAreDecimalTextAndXmIrqsAreNotStrings() {
        assertEquals(List.of("error 2:9"), findings("XC611", "name = \"t\"\nirqs = [0x5]\n", Dialect.XL));
        assertEquals(List.of(), findings("XC611", "name = \"t\"\nirqs = [5, \"010\"]\n", Dialect.XL));
        assertEquals(List.of("error 2:8"), findings("XC611", "name = 't'\nirq = ['7']\n", Dialect.XM));
        assertEquals(List.of(), findings("XC611", "name = 't'\nirq = [7]\n", Dialect.XM));
        assertEquals(List.of("error 2:12"), findings("XC611", "name = 't'\nioports = ['fff0-10000']\n", Dialect.XM));
    }

    @Test
    void xc614UnknownVusbKeysAreIgnoredNotRefused() {
        assertEquals(List.of("warning 2:30"), findings("XC614", "name = 't'\nvusb = ['usbver=2,numports=4,foo=1']\n",
                Dialect.XM));
        assertEquals(List.of("warning 2:21"), findings("XC614", "name = 't'\nvusb = ['numports=2,port_3=1-1']\n",
                Dialect.XM));
        assertEquals(List.of(), findings("XC614", "name = 't'\nvusb = ['usbver=02,numports= 4,port_4=1-1']\n",
                Dialect.XM));
    }

    @Test
    void xc615ModeAndBackendConflictsArePerVirtualHost() {
        assertEquals(List.of("error 2:41"), findings("XC615",
                "name = 't'\nvscsi = ['/dev/sg1,0:0:0:1,1','/dev/sg2,0:0:0:2']\n", Dialect.XM));
        assertEquals(List.of(), findings("XC615", "name = 't'\nvscsi = ['/dev/sg1,0:0:0:1','2:0:0:0,host']\n",
                Dialect.XM));
        assertEquals(List.of("error 2:38"), findings("XC615", "name = 't'\nvscsi = ['/dev/sg1,0:0:0:1','0:0:0:0,host']\n",
                Dialect.XM));
    }

    @Test
    void xc102ParallelIsNotReadByXlAndNoneIsWhatXlDoesAnyway() {
        List<Diagnostic> none = diagnostics("XC102", "name = \"t\"\ntype = \"hvm\"\nparallel = \"none\"\n", Dialect.XL);
        assertEquals(1, none.size(), none.toString());
        assertTrue(none.get(0).message().contains("the line can go"), none.get(0).message());
        List<Diagnostic> pty = diagnostics("XC102", "name = \"t\"\ntype = \"hvm\"\nparallel = \"pty\"\n", Dialect.XL);
        assertTrue(pty.get(0).message().contains("device_model_args"), pty.get(0).message());
    }

    @Test
    void upperCaseHexIsRefusedByXlAndNoSignOfXm() {
        Analysis a = Linter.analyze(SourceText.of("t.cfg", "name = \"t\"\nmemory = 0x2F0\n"), LintOptions.dialect(null));
        assertEquals(Dialect.XL, a.model().dialect());
        assertEquals(List.of("error 2:13"), findings("XC005", "name = \"t\"\nmemory = 0x2F0\n", Dialect.XL));
        assertEquals(List.of(), findings("XC002", "name = \"t\"\nmemory = 0x2F0\n", Dialect.XL));
    }

    @Test
    void xc501TargetTakesTheRestOfTheEntry() {
        List<Diagnostic> ds = diagnostics("XC501", "name = \"t\"\ndisk = [\"target=/img,format=raw,vdev=hda\"]\n",
                Dialect.XL);
        assertEquals(1, ds.size(), ds.toString());
        assertTrue(ds.get(0).message().contains("Put `target=` last"), ds.get(0).message());
        assertEquals(List.of(), findings("XC501", "name = \"t\"\ndisk = [\"format=raw,vdev=hda,target=/a,b\"]\n",
                Dialect.XL));
    }

    @Test
    void xc102DoesNotOfferAReplacementTheTargetReleaseDoesNotRead() {
        String cfg = "name = \"t\"\nkernel = \"/k\"\ncpu_cap = 50\n";
        Analysis old = Linter.analyze(SourceText.of("t.cfg", cfg), LintOptions.dialect(Dialect.XL)
                .withXenVersion(dev.xenlint.model.XenVersion.parse("4.1")));
        Diagnostic d = old.diagnostics().stream().filter(x -> x.code().equals("XC102")).findFirst().orElseThrow();
        assertTrue(d.message().contains("only from Xen 4.2"), d.message());
        assertEquals(null, d.fix());
        Diagnostic now = diagnostics("XC102", cfg, Dialect.XL).get(0);
        assertTrue(now.message().contains("use `cap` instead"), now.message());
    }
}
