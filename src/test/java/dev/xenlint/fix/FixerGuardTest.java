package dev.xenlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.CliRunner;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixes never change the detected dialect, nor touch a line with a syntax error (issue 9). */
class FixerGuardTest {

    /** The real analysis, plus one extra diagnostic with the given fix wherever {@code find} occurs. */
    private static Analysis withFix(SourceText s, String find, String replacement, Fix.Applicability applicability) {
        Analysis a = Linter.analyze(s, LintOptions.DEFAULT);
        int at = s.text().indexOf(find);
        if (at < 0) {
            return a;
        }
        List<Diagnostic> ds = new ArrayList<>(a.diagnostics());
        TextRange r = new TextRange(at, at + find.length());
        ds.add(new Diagnostic(dev.xenlint.lint.RuleInfo.of("XC999", "test", Severity.WARNING, dev.xenlint.lint.RuleInfo.BOTH,
                dev.xenlint.lint.RuleInfo.ANY_GUEST, dev.xenlint.lint.RuleInfo.Fixability.NONE), Severity.WARNING, r, "test", List.of(),
                new Fix("rename", List.of(new Edit(r, replacement)), applicability)));
        return new Analysis(a.source(), a.syntax(), a.model(), List.copyOf(ds), a.xenVersion());
    }

    @Test
    void aFixThatFiresAgainOnWhatItInsertedIsAppliedOnce() {
        // a finding its own fix does not resolve: it asks for a comma after the last `"` whatever precedes it
        SourceText s = SourceText.of("t", "name = \"a\"\nkernel = \"/k\"\n# \"\n");
        Fixer.Result r = Fixer.fix(s, t -> {
            Analysis a = Linter.analyze(t, LintOptions.DEFAULT);
            int at = t.text().lastIndexOf('"') + 1;
            while (at < t.text().length() && t.text().charAt(at) == ',') {
                at++;
            }
            List<Diagnostic> ds = new ArrayList<>(a.diagnostics());
            ds.add(new Diagnostic(dev.xenlint.lint.RuleInfo.of("XC999", "test", Severity.WARNING,
                    dev.xenlint.lint.RuleInfo.BOTH, dev.xenlint.lint.RuleInfo.ANY_GUEST,
                    dev.xenlint.lint.RuleInfo.Fixability.NONE), Severity.WARNING, TextRange.empty(at), "test", List.of(),
                    new Fix("insert a comma", List.of(new Edit(TextRange.empty(at), ",")), Fix.Applicability.SAFE)));
            return new Analysis(a.source(), a.syntax(), a.model(), List.copyOf(ds), a.xenVersion());
        }, false, false);
        assertEquals("name = \"a\"\nkernel = \"/k\"\n# \",\n", r.text(), "one comma, not one per pass");
        assertEquals(1, r.applied());
        assertEquals(1, r.refired().size(), r.refired().toString());
        assertFalse(r.capReached());
    }

    @Test
    void anUnsafeFixOfThisKindIsWithheldWhenTheDialectIsDetectedOnly() {
        // a fix writing an import would make this xl file read as xm
        SourceText s = SourceText.of("t", "name = \"a\"\nkernel = \"/k\"\nvcpus = 2\n");
        Fixer.Result detected = Fixer.fix(s, t -> withFix(t, "vcpus = 2", "import os", Fix.Applicability.UNSAFE),
                true, true);
        assertEquals(s.text(), detected.text());
        Fixer.Result pinned = Fixer.fix(s, t -> withFix(t, "vcpus = 2", "import os", Fix.Applicability.UNSAFE),
                false, true);
        assertTrue(pinned.text().contains("import os"), pinned.text());
        assertEquals(List.of(), pinned.dialectKept());
    }

    @Test
    void aStatementOnALineWithASyntaxErrorIsNotRemoved(@TempDir Path dir) throws Exception {
        // the builder line has junk after its value: removing or rewriting "the statement" would leave `$$`
        String text = "name = \"a\"\nbuilder = \"linux\" $$\nkernel = \"/k\"\n";
        Path f = Files.writeString(dir.resolve("a.cfg"), text);
        CliRunner r = CliRunner.run("check", "--dialect", "xl", "--fix", f.toString());
        assertEquals(text, Files.readString(f), r.out() + r.err());
        String clean = "name = \"a\"\nbuilder = \"linux\"\nkernel = \"/k\"\n";
        Path g = Files.writeString(dir.resolve("b.cfg"), clean);
        CliRunner.run("check", "--dialect", "xl", "--fix", g.toString());
        assertEquals("name = \"a\"\ntype = \"pv\"\nkernel = \"/k\"\n", Files.readString(g), "a clean line is fixed");
    }
}
