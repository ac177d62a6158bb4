package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.RuleFailure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check and dump turn a rule failure into an internal error naming the rule and the file. */
class InternalErrorTest {

    @Test
    void failuresBecomeProblemsNamingRuleAndFile() {
        Analysis clean = dev.xenlint.analysis.Linter.analyze(dev.xenlint.text.SourceText.of("a.cfg", "name = \"a\"\n"),
                dev.xenlint.analysis.LintOptions.DEFAULT);
        Analysis failed = new Analysis(clean.source(), clean.syntax(), clean.model(), clean.diagnostics(),
                clean.xenVersion(), List.of(new RuleFailure("XC502", "disk-missing-ioemu", "java.lang.Boom")));
        List<String> problems = new ArrayList<>();
        CheckCommand.internalErrors("vm/a.cfg", clean, problems);
        assertEquals(List.of(), problems);
        CheckCommand.internalErrors("vm/a.cfg", failed, problems);
        assertEquals(List.of("internal error: rule XC502 (disk-missing-ioemu) failed: java.lang.Boom on vm/a.cfg; "
                + "please report it"), problems);
    }
}
