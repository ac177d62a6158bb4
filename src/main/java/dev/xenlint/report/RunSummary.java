package dev.xenlint.report;

import dev.xenlint.lint.Severity;
import java.util.List;

/**
 * The end of a run, handed to {@link Reporter#finish}.
 *
 * @param filesChecked  inputs that were read and analysed
 * @param errors        findings of severity error (after selection and suppression)
 * @param warnings      findings of severity warning
 * @param infos         findings of severity info
 * @param fixable       findings with a safe fix
 * @param threshold     the failure threshold ({@code --severity})
 * @param problems      run-level problems (unreadable files, configuration errors), as messages
 * @param fixedProblems problems fixed by {@code --fix} (0 without it)
 * @param fixedFiles    files written by {@code --fix}
 */
public record RunSummary(int filesChecked, int errors, int warnings, int infos, int fixable, Severity threshold,
                         List<String> problems, int fixedProblems, int fixedFiles) {

    /** Whether some finding is at or above the threshold. */
    public boolean failed() {
        return switch (threshold) {
            case INFO -> errors + warnings + infos > 0;
            case WARNING -> errors + warnings > 0;
            case ERROR -> errors > 0;
        };
    }
}
