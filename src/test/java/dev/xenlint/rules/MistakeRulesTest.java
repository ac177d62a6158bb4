package dev.xenlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.Lint;
import dev.xenlint.fix.Fixer;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.LintOptions;
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
        String fixed = Fixer.fix(src(text), new LintOptions(Dialect.XM, new dev.xenlint.lint.RuleSelection(
                List.of("XC020"), List.of(), java.util.Map.of())), true).text();
        assertEquals("name = 'db'\nvif = [ 'bridge=br0',\n        'bridge=br1' ]\n", fixed);
    }
}
