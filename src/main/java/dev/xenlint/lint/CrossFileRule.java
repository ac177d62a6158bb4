package dev.xenlint.lint;

/**
 * A rule whose findings compare files with each other (two guests with one MAC address). It has
 * a code, a document, a severity and a place in rule selection like any rule, but nothing to
 * check in one file alone: its findings come from the fleet check of a run
 * ({@code dev.xenlint.fleet.FleetCheck}), which asks each file's selection and suppressions.
 */
public abstract class CrossFileRule extends Rule {

    protected CrossFileRule(RuleInfo info) {
        super(info);
    }

    @Override
    public final void check(RuleContext ctx) {
        // compared across files by the fleet check, never within one file
    }
}
