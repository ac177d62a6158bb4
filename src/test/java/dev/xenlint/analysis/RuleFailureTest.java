package dev.xenlint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule that throws is a bug: it is carried apart from the findings, named, and never becomes one. */
class RuleFailureTest {

    /** Reports one finding, then throws. */
    static final class Broken extends Rule {
        Broken() {
            super(RuleInfo.of("XC998", "broken-for-test", Severity.WARNING, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                    RuleInfo.Fixability.NONE));
        }

        @Override
        public void check(RuleContext ctx) {
            ctx.report(dev.xenlint.text.TextRange.empty(0), "half done");
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void aThrowingRuleIsAFailureNotADiagnostic() {
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.add(new Broken());
        Analysis a = Linter.analyze(SourceText.of("t.cfg", "name = \"a\"\nmemroy = 1\n"), LintOptions.dialect(Dialect.XL),
                rules);
        assertEquals(1, a.ruleFailures().size(), a.ruleFailures().toString());
        RuleFailure f = a.ruleFailures().get(0);
        assertEquals("XC998", f.code());
        assertEquals("broken-for-test", f.rule());
        assertTrue(f.describe().startsWith("rule XC998 (broken-for-test) failed: java.lang.IllegalStateException: boom at "),
                f.describe());
        assertTrue(a.diagnostics().stream().noneMatch(d -> d.code().equals("XC998")), a.diagnostics().toString());
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.code().equals("XC101")), "the other rules still run");
        assertEquals(List.of(), Linter.analyze(SourceText.of("t.cfg", "name = \"a\"\n"), LintOptions.DEFAULT)
                .ruleFailures());
    }
}
