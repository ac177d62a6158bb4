package dev.xenlint.lint;

/**
 * One lint rule: reads the model, reports what is wrong. Each rule has a
 * document {@code rules/CODE-name.md} whose examples are executed as tests.
 */
public abstract class Rule {

    private final RuleInfo info;

    protected Rule(RuleInfo info) {
        this.info = info;
    }

    public final RuleInfo info() {
        return info;
    }

    public final String code() {
        return info.code();
    }

    public final String name() {
        return info.name();
    }

    /** Reports findings through {@code ctx}; called only for the dialects and guest types the rule declares. */
    public abstract void check(RuleContext ctx);
}
