package dev.xenlint.analysis;

import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which rules run and at what severity: {@code select} and {@code ignore}
 * lists of codes ({@code XC101}), names ({@code unknown-key}), code prefixes
 * ({@code XC1}) or {@code ALL}, plus per-rule severity overrides.
 */
public record RuleSelection(List<String> select, List<String> ignore, Map<String, Severity> severities) {

    /** Immutable (copies of mutable lists), so that what a selection enables can be worked out once. */
    public RuleSelection {
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
        severities = Map.copyOf(severities);
    }

    public static final RuleSelection DEFAULT = new RuleSelection(List.of("ALL"), List.of(), Map.of());

    public boolean isEnabled(RuleInfo rule) {
        return matchesAny(select, rule) && !matchesAny(ignore, rule);
    }

    public Severity severityOf(RuleInfo rule) {
        Severity s = severities.get(rule.code());
        if (s == null) {
            s = severities.get(rule.name());
        }
        return s == null ? rule.severity() : s;
    }

    /** This selection with more rules ignored. */
    public RuleSelection ignoring(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(ignore);
        all.addAll(more);
        return new RuleSelection(select, List.copyOf(all), severities);
    }

    static boolean matchesAny(List<String> selectors, RuleInfo rule) {
        for (int i = 0, size = selectors.size(); i < size; i++) { // indexed: no iterator per rule and file
            if (matches(selectors.get(i), rule)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a selector (code, name, code prefix or ALL) names this rule. */
    public static boolean matches(String selector, RuleInfo rule) {
        String s = selector.trim();
        if (s.equalsIgnoreCase("ALL") || s.equals(rule.name())) {
            return true;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        return upper.startsWith("XC") && rule.code().startsWith(upper);
    }

    /** Whether a selector names at least one known rule. */
    public static boolean isKnown(String selector) {
        for (dev.xenlint.lint.Rule r : Rules.all()) { // no stream: see StartupPathTest
            if (matches(selector, r.info())) {
                return true;
            }
        }
        return false;
    }
}
