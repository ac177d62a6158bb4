package dev.xenlint.lint;

import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.XenVersion;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What a rule sees (the model) and how it reports (diagnostics carrying its code, name and severity). */
public final class RuleContext {

    private final ConfigModel model;
    private final XenVersion xenVersion;
    private final List<Diagnostic> out = new ArrayList<>();
    private Rule current;
    private Severity severity;
    private java.util.Map<Object, Object> shared;

    /** A context for the rules run over one model (made by the linter, not by rules). */
    public RuleContext(ConfigModel model, XenVersion xenVersion) {
        this.model = model;
        this.xenVersion = xenVersion;
    }

    /** The linter starts running {@code rule}: what is reported next is its, at this severity. */
    public void begin(Rule rule, Severity severity) {
        this.current = rule;
        this.severity = severity;
    }

    /** What the rules have reported so far, in the order reported (the linter's to filter and sort). */
    public List<Diagnostic> diagnostics() {
        return out;
    }

    public ConfigModel model() {
        return model;
    }

    /**
     * What {@code derive} makes of the model, made once per file: for what several rules read from the
     * same file (its small statements, ...). {@code derive} must be one constant (it is the key) and its
     * result must not be changed by those that read it.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(java.util.function.Function<ConfigModel, T> derive) {
        if (shared == null) {
            shared = new java.util.IdentityHashMap<>(4);
        }
        Object v = shared.get(derive);
        if (v == null) {
            v = derive.apply(model);
            shared.put(derive, v);
        }
        return (T) v;
    }

    public Dialect dialect() {
        return model.dialect();
    }

    /** The Xen release the file targets (configured, or the default for its dialect). */
    public XenVersion xenVersion() {
        return xenVersion;
    }

    public SourceText source() {
        return model.source();
    }

    public boolean isXm() {
        return model.dialect() == Dialect.XM;
    }

    /** Whether the guest may be of this type (more than one type is possible when it depends on an if). */
    public boolean mayBe(GuestType type) {
        return model.guest().mayBe(type);
    }

    public void report(TextRange range, String message) {
        report(range, message, null);
    }

    /**
     * Reports at a lower severity than the rule's, for a dialect or case where
     * the problem is milder (missing-name is fatal for xl, a default for xm).
     */
    public void reportMild(Severity mild, TextRange range, String message, Fix fix, RelatedLocation... related) {
        if (mild != current.info().severity() && !current.info().milder().contains(mild)) {
            // what `xenlint rules` and the rule's document say it emits must be true
            throw new IllegalStateException(current.code() + " reports " + mild.id()
                    + " without declaring it (RuleInfo.withMilder)");
        }
        Severity s = mild.compareTo(severity) < 0 ? mild : severity;
        out.add(new Diagnostic(current.info(), s, range, message, List.of(related), fix));
    }

    /** Without related locations: no array made per finding for them (a file may have a finding per line). */
    public void report(TextRange range, String message, Fix fix) {
        out.add(new Diagnostic(current.info(), severity, range, message, List.of(), fix));
    }

    public void report(TextRange range, String message, Fix fix, RelatedLocation... related) {
        out.add(new Diagnostic(current.info(), severity, range, message, List.of(related), fix));
    }

    /**
     * With a message, related location and fix made when a report reads them: for a rule that may find
     * something on every line of a large file (see {@link Diagnostic}).
     */
    public void report(TextRange range, Diagnostic.Message message) {
        out.add(new Diagnostic(current.info(), severity, range, message));
    }

    /** A fix that replaces one range. */
    public static Fix replace(String description, TextRange range, String replacement, Fix.Applicability applicability) {
        return new Fix(description, new Edit(range, replacement), applicability);
    }

    /** A fix of several edits. */
    public static Fix edits(String description, Fix.Applicability applicability, Edit... edits) {
        return new Fix(description, Arrays.asList(edits), applicability);
    }
}
