package dev.xenlint.engine;

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
 * @param problems      run-level problems (unreadable files, configuration errors, refused writes), as
 *                      messages; any of them makes the run fail with exit status 2
 * @param fixedProblems problems fixed by {@code --fix} in the files written (0 without it)
 * @param fixedFiles    files written by {@code --fix} (with {@code --diff}: files that would change)
 * @param filesFailed   inputs that could not be read or analysed
 * @param notWritten    display paths of files whose fixes could not be written
 * @param notices       messages about the run that do not make it fail (a fix withheld, ...)
 */
public record RunSummary(int filesChecked, int errors, int warnings, int infos, int fixable, Severity threshold,
                         List<String> problems, int fixedProblems, int fixedFiles, int filesFailed,
                         List<String> notWritten, List<String> notices) {

    public RunSummary {
        problems = List.copyOf(problems);
        notWritten = List.copyOf(notWritten);
        notices = List.copyOf(notices);
    }

    public RunSummary(int filesChecked, int errors, int warnings, int infos, int fixable, Severity threshold,
                      List<String> problems, int fixedProblems, int fixedFiles) {
        this(filesChecked, errors, warnings, infos, fixable, threshold, problems, fixedProblems, fixedFiles, 0,
                List.of(), List.of());
    }

    /** Whether some finding is at or above the threshold. */
    public boolean failed() {
        return switch (threshold) {
            case INFO -> errors + warnings + infos > 0;
            case WARNING -> errors + warnings > 0;
            case ERROR -> errors > 0;
        };
    }

    /** Whether something went wrong beyond findings (exit status 2). */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
