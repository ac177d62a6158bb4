package dev.xenlint.lint;

import dev.xenlint.model.Dialect;
import dev.xenlint.model.GuestType;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a rule is: its stable code, kebab-case name, default severity, the
 * dialects and guest types it applies to, whether it offers a fix, and the
 * version that introduced it. The rule's document in {@code rules/} repeats
 * this in its front matter; a test keeps the two in step.
 */
public record RuleInfo(String code, String name, Severity severity, Set<Dialect> dialects, Set<GuestType> guests,
                       Fixability fixable, String since, Set<Severity> milder) {

    /** A rule reporting only at its own severity. */
    public RuleInfo(String code, String name, Severity severity, Set<Dialect> dialects, Set<GuestType> guests,
                    Fixability fixable, String since) {
        this(code, name, severity, dialects, guests, fixable, since, Set.of());
    }

    /**
     * This rule, declared to report some findings at milder severities too
     * (through {@link RuleContext#reportMild}), e.g. a problem that is fatal for
     * xl but only ignored by xm. {@code xenlint rules}, the index and the front
     * matter show every severity the rule may emit.
     */
    public RuleInfo withMilder(Severity... severities) {
        java.util.EnumSet<Severity> set = java.util.EnumSet.noneOf(Severity.class);
        set.addAll(milder);
        set.addAll(java.util.Arrays.asList(severities));
        set.remove(severity);
        return new RuleInfo(code, name, severity, dialects, guests, fixable, since, Set.copyOf(set));
    }

    /** Every severity the rule may emit, mildest first: {@code error}, or {@code warning|error} when it varies. */
    public java.util.List<Severity> severities() {
        java.util.EnumSet<Severity> set = java.util.EnumSet.of(severity);
        set.addAll(milder);
        return java.util.List.copyOf(set);
    }

    /** {@link #severities()} as the front matter and {@code xenlint rules} write it. */
    public String severityText() {
        return severities().stream().map(Severity::id).collect(java.util.stream.Collectors.joining("|"));
    }

    /** Whether and how safely a rule's findings can be fixed automatically. */
    public enum Fixability {
        NONE, SAFE, UNSAFE;

        // computed once: id() is asked per setting, finding and file (issue 14)
        private final String id = name().toLowerCase(java.util.Locale.ROOT);

        public String id() {
            return id;
        }
    }

    public static final Set<Dialect> BOTH = EnumSet.allOf(Dialect.class);
    public static final Set<Dialect> XM = EnumSet.of(Dialect.XM);
    public static final Set<Dialect> XL = EnumSet.of(Dialect.XL);
    public static final Set<GuestType> ANY_GUEST = EnumSet.allOf(GuestType.class);
    public static final Set<GuestType> HVM = EnumSet.of(GuestType.HVM);
    public static final Set<GuestType> NOT_HVM = EnumSet.of(GuestType.PV, GuestType.PVH);

    public static final String SINCE = "0.1.0";

    public static RuleInfo of(String code, String name, Severity severity, Set<Dialect> dialects, Set<GuestType> guests,
                              Fixability fixable) {
        return new RuleInfo(code, name, severity, Set.copyOf(dialects), Set.copyOf(guests), fixable, SINCE);
    }
}
