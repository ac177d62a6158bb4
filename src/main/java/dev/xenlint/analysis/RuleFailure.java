package dev.xenlint.analysis;

import dev.xenlint.lint.Rule;

/**
 * A rule that threw while checking a file: a bug in xenlint, never a finding
 * about the file. The command line reports it as an internal error (exit 2).
 *
 * @param code  the rule's code
 * @param rule  the rule's name
 * @param error what was thrown, with the place it was thrown from
 */
public record RuleFailure(String code, String rule, String error) {

    static RuleFailure of(Rule rule, Throwable bug) {
        StackTraceElement[] trace = bug.getStackTrace();
        String at = trace.length == 0 ? "" : " at " + trace[0];
        return new RuleFailure(rule.code(), rule.name(), bug + at);
    }

    /** "rule XC502 (disk-missing-ioemu) failed: ..." */
    public String describe() {
        return "rule " + code + " (" + rule + ") failed: " + error;
    }
}
