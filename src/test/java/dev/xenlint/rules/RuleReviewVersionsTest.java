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
}
