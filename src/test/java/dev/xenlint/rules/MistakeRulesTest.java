package dev.xenlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.Lint;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.fix.Fixer;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Fix;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Details of the rules for common mistakes (issue 8) that their documents do not show. */
class MistakeRulesTest {

    private static SourceText src(String text) {
        return SourceText.of("t.cfg", text);
    }

    private static List<Diagnostic> all(String text, Dialect dialect) {
        return Lint.all(src(text), dialect).diagnostics();
    }

    @Test
    void noFixEverJoinsTwoListItems() {
        String text = "name = \"db\"\ndisk = [\"phy:/dev/vg/a,xvda,w\" \"phy:/dev/vg/b,xvdb,w\", \"x\" + \"y\"]\n";
        for (Dialect d : new Dialect[] {Dialect.XL, Dialect.XM, null}) {
            for (Diagnostic diag : all(text, d)) {
                if (diag.fix() != null) {
                    diag.fix().edits().forEach(e -> assertTrue(!e.replacement().contains("xvda,wphy"),
                            diag.code() + " joins: " + e.replacement()));
                }
            }
            String fixed = Fixer.fix(src(text), LintOptions.dialect(d), true).text();
            assertTrue(!fixed.contains("xvda,wphy"), fixed);
        }
    }

    @Test
    void pythonInXlConfigLeavesListGapsToMissingComma() {
        List<Diagnostic> ds = Lint.only("XC002", src("disk = [\"a\" \"b\"]\n"), Dialect.XL);
        assertEquals(List.of(), ds);
        // outside a list the joined literal is still offered
        Diagnostic outside = Lint.only("XC002", src("name = \"web\" \"01\"\n"), Dialect.XL).get(0);
        assertNotNull(outside.fix());
        assertEquals("\"web01\"", outside.fix().edits().get(0).replacement());
        // another Python use in the same list gets no literal fix either (it would write the joined string)
        Diagnostic plus = Lint.only("XC002", src("disk = [\"a\" \"b\", \"c\" + \"d\"]\n"), Dialect.XL).get(0);
        assertNull(plus.fix());
    }

    @Test
    void missingCommaPointsAtTheGapAndNamesTheJoinedEntry() {
        SourceText s = src("name = 'db'\ndisk = ['phy:/dev/a,xvda,w'  'phy:/dev/b,xvdb,w']\n");
        Diagnostic d = Lint.only("XC020", s, Dialect.XM).get(0);
        assertEquals("2:28", s.position(d.range().start()).toString());
        assertEquals(2, d.range().length());
        assertTrue(d.message().contains("`disk` entry, `phy:/dev/a,xvda,wphy:/dev/b,xvdb,w`"), d.message());
        // a comma already there, or strings outside a list, are not a missing comma
        assertEquals(List.of(), Lint.only("XC020", src("disk = ['a', 'b']\nname = 'a' 'b'\n"), Dialect.XM));
        assertEquals(List.of(), Lint.only("XC020", src("x = f('a' 'b')\nname = 'v'\n"), Dialect.XM));
    }

    @Test
    void missingCommaAcrossLinesInsertsAtTheEndOfTheFirstLine() {
        String text = "name = 'db'\nvif = [ 'bridge=br0'\n        'bridge=br1' ]\n";
        String fixed = Fixer.fix(src(text), new LintOptions(Dialect.XM, new dev.xenlint.analysis.RuleSelection(
                List.of("XC020"), List.of(), java.util.Map.of())), true).text();
        assertEquals("name = 'db'\nvif = [ 'bridge=br0',\n        'bridge=br1' ]\n", fixed);
    }

    @Test
    void unknownKeySuggestsTheOtherToolstacksKeyWithoutRenaming() {
        Diagnostic d = Lint.only("XC101", src("name = \"w\"\nvnccosole = 1\n"), Dialect.XL).get(0);
        assertTrue(d.message().contains("did you mean `vncconsole`? (an xm key; xl has no console viewer option"),
                d.message());
        assertNull(d.fix());
        Diagnostic xm = Lint.only("XC101", src("name = 'w'\ndevice_model_versoin = 'qemu-xen'\n"), Dialect.XM).get(0);
        assertTrue(xm.message().contains("did you mean `device_model_version`? (an xl key; xm ignores it)."), xm.message());
        assertNull(xm.fix());
        // a key of the file's own toolstack is still renamed
        Diagnostic own = Lint.only("XC101", src("name = \"w\"\nmemroy = 512\n"), Dialect.XL).get(0);
        assertEquals("memory", own.fix().edits().get(0).replacement());
    }

    @Test
    void missingCommaIsReportedInsteadOfTheJoinedEntrysSpecErrors() {
        String text = "name = 'db'\ndisk = ['phy:/dev/a,xvda,w' 'phy:/dev/b,xvdb,w']\n";
        List<String> codes = all(text, Dialect.XM).stream().map(Diagnostic::code).toList();
        assertEquals(List.of("XC020"), codes);
        // with the comma, nothing is left
        assertEquals(List.of(), all("name = 'db'\ndisk = ['phy:/dev/a,xvda,w', 'phy:/dev/b,xvdb,w']\n", Dialect.XM));
    }

    @Test
    void missingCommaInXlIsTheOnlyFindingAboutTheTwoItems() {
        String text = "name = \"db\"\nbootloader = \"pygrub\"\ndisk = [\"phy:/dev/a,xvda,w\" \"phy:/dev/b,xvdb,w\"]\n";
        List<Diagnostic> ds = all(text, Dialect.XL);
        assertEquals(List.of("XC020"), ds.stream().map(Diagnostic::code).toList(), ds.toString());
        assertEquals("3:28", src(text).position(ds.get(0).range().start()).toString());
        assertEquals(Fix.Applicability.UNSAFE, ds.get(0).fix().applicability());
    }

    @Test
    void aMissingCommaIsNoSignOfPythonAndItsFixKeepsTheDialect() {
        String text = "name = \"db\"\nkernel = \"/k\"\ndisk = [\"phy:/dev/a,xvda,w\" \"phy:/dev/b,xvdb,w\"]\n";
        assertEquals(Dialect.XL, Lint.all(src(text), null).model().dialect());
        Fixer.Result first = Fixer.fix(src(text), LintOptions.dialect(null), true);
        assertEquals(text.replace("w\" \"", "w\", \""), first.text());
        assertEquals(List.of(), first.dialectKept());
        assertEquals(first.text(), Fixer.fix(src(first.text()), LintOptions.dialect(null), true).text());
        // safe fixes alone never insert it, and no fix, safe or unsafe, ever writes the joined string
        assertEquals(text, Fixer.fix(src(text), LintOptions.dialect(null), false).text());
        for (Dialect d : List.of(Dialect.XL, Dialect.XM)) {
            for (Diagnostic diag : all(text, d)) {
                if (diag.fix() != null) {
                    for (var e : diag.fix().edits()) {
                        assertTrue(!e.replacement().contains("wphy"), diag.toString());
                    }
                }
            }
        }
    }

    @Test
    void mistypedKeysInXlGetTheRealKeyOnce() {
        List<Diagnostic> ds = all("Name = \"x\"\non-crash = \"restart\"\n", Dialect.XL);
        List<Diagnostic> keys = ds.stream().filter(d -> d.code().equals("XC002") || d.code().equals("XC101")).toList();
        assertEquals(2, keys.size(), keys.toString());
        assertTrue(keys.get(0).message().contains("did you mean `name`?"), keys.get(0).message());
        assertTrue(keys.get(1).message().contains("did you mean `on_crash`?"), keys.get(1).message());
        String fixed = Fixer.fix(src("Name = \"x\"\non-crash = \"restart\"\n"), LintOptions.dialect(Dialect.XL), false)
                .text();
        assertEquals("name = \"x\"\non_crash = \"restart\"\n", fixed);
    }

    @Test
    void namesReadBeforeTheyAreSet() {
        assertEquals(List.of(), Lint.only("XC022", src("""
                import os
                memory = 512
                maxmem = memory * 2
                if os.path.exists('/x'):
                    vcpus = 2
                cpus = [str(c) for c in range(vcpus)]
                def f():
                    return kernel
                """), Dialect.XM));
        Diagnostic d = Lint.only("XC022", src("name = 'a'\nif vcpus > 1:\n    cpus = '0-1'\nvcpus = 2\n"),
                Dialect.XM).get(0);
        assertTrue(d.message().startsWith("`vcpus` is used before the file sets it"), d.message());
        // `key == value` is statement-without-effect's finding, not this one
        assertEquals(List.of(), Lint.only("XC022", src("name = 'a'\nmemory == 512\n"), Dialect.XM));
    }

    @Test
    void backslashBeforeANewStatementInXm() {
        String text = "name = 'web'\nkernel = '/boot/vmlinuz' \\\nmemory = 512\n";
        Diagnostic d = Lint.only("XC024", src(text), Dialect.XM).get(0);
        assertEquals("2:26", src(text).position(d.range().start()).toString());
        assertTrue(d.message().startsWith("this backslash glues the next line onto this one"), d.message());
        String fixed = Fixer.fix(src(text), LintOptions.dialect(Dialect.XM), false).text();
        assertEquals("name = 'web'\nkernel = '/boot/vmlinuz' \nmemory = 512\n", fixed);
        // a continuation inside an expression is ordinary Python
        assertEquals(List.of(), Lint.only("XC024", src("name = 'a' + \\\n    'b'\n"), Dialect.XM));
    }

    @Test
    void deprecatedIntegerModesDependOnTheTargetVersion() {
        SourceText s = src("name = \"a\"\ntsc_mode = 1\n");
        assertEquals(1, Lint.only("XC720", s, Dialect.XL).size());
        assertEquals("\"always_emulate\"", Lint.only("XC720", s, Dialect.XL).get(0).fix().edits().get(0).replacement());
    }

    @Test
    void numberSyntaxFollowsEachToolstacksReader() {
        // xm reads a quoted "010" with int(): ten, no finding; unquoted 010 is Python 2 octal
        assertEquals(List.of(), Lint.only("XC120", src("name = 'a'\nmemory = '010'\n"), Dialect.XM));
        assertEquals(1, Lint.only("XC120", src("name = 'a'\nmemory = 010\n"), Dialect.XM).size());
        // xl: strtol base 0 for quoted and unquoted alike; 0x hex is fine
        assertEquals(1, Lint.only("XC120", src("name = \"a\"\nmemory = \"010\"\n"), Dialect.XL).size());
        assertEquals(List.of(), Lint.only("XC120", src("name = \"a\"\nmemory = 0x200\n"), Dialect.XL));
        assertTrue(Lint.only("XC120", src("name = \"a\"\nmemory = 0800\n"), Dialect.XL).get(0).message()
                .contains("ignores the setting"));
        // an octal literal beyond a long: Python 2 reads it as a long of that size; xl's strtol overflows
        assertEquals("`040140140140114000000` is an octal number (a leading 0 means base 8), so `memory` is "
                + "579845061998542848, not 40140140140114000000; drop the leading 0",
                Lint.only("XC120", src("name = 'a'\nmemory = 040140140140114000000\n"), Dialect.XM).get(0).message());
        assertEquals("`01000000000000000000000` is an octal number (a leading 0 means base 8), so `memory` is "
                + "9223372036854775808, not 1000000000000000000000; drop the leading 0",
                Lint.only("XC120", src("name = 'a'\nmemory = 01000000000000000000000\n"), Dialect.XM).get(0).message());
        assertEquals("`01000000000000000000000` is too large for xl: its strtol fails (out of range beyond "
                + "9223372036854775807), so xl warns that `memory` could not be parsed as a number and ignores the setting",
                Lint.only("XC120", src("name = \"a\"\nmemory = 01000000000000000000000\n"), Dialect.XL).get(0).message());
        // the largest octal that fits is read as xm and xl read it
        assertTrue(Lint.only("XC120", src("name = \"a\"\nmemory = 0777777777777777777777\n"), Dialect.XL).get(0)
                .message().contains("is 9223372036854775807, not 777777777777777777777"));
        assertEquals(List.of(), Lint.only("XC120", src("name = \"a\"\nmemory = 9223372036854775807\n"), Dialect.XL));
        assertTrue(Lint.only("XC120", src("name = \"a\"\nmemory = 9223372036854775808\n"), Dialect.XL).get(0)
                .message().startsWith("`9223372036854775808` is too large for xl"));
        assertTrue(Lint.only("XC120", src("name = \"a\"\nmemory = 0x8000000000000000\n"), Dialect.XL).get(0)
                .message().startsWith("`0x8000000000000000` is too large for xl"));
        assertEquals(List.of(), Lint.only("XC120", src("name = 'a'\nmemory = 9223372036854775808\n"), Dialect.XM));
    }

    @Test
    void memoryWithAUnitIsFixedToMiB() {
        String fixed = Fixer.fix(src("name = 'a'\nmemory = 2G\nmaxmem = '4096MB'\n"), LintOptions.dialect(Dialect.XM),
                false).text();
        assertEquals("name = 'a'\nmemory = 2048\nmaxmem = 4096\n", fixed);
    }

    @Test
    void bootOrderOnlyForXlsQemu() {
        String text = "name = 'w'\nbuilder = 'hvm'\ndisk = ['file:/a,hda,w']\nboot = 'cdc'\n";
        assertEquals(List.of(), Lint.only("XC219", src(text), Dialect.XM));
        assertEquals(1, Lint.only("XC219", src("name = \"w\"\ntype = \"hvm\"\nboot = \"dcna\"\n"), Dialect.XL)
                .size());
    }
}
