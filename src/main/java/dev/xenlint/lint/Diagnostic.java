package dev.xenlint.lint;

import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * One finding.
 *
 * @param info     the rule that found it (its code, name and document)
 * @param range    the most precise range available
 * @param related  other places that explain it (may be empty)
 * @param fix      how to resolve it, or null
 */
public record Diagnostic(RuleInfo info, Severity severity, TextRange range, String message,
                         List<RelatedLocation> related, Fix fix) {

    /** The rule's stable code, {@code XC} and three digits. */
    public String code() {
        return info.code();
    }

    /** The rule's kebab-case name, e.g. {@code syntax-error}. */
    public String rule() {
        return info.name();
    }

    /**
     * Findings in the order reports list them: by start, then end, then code. A class of its own, not
     * {@code Comparator.comparingInt(...).thenComparing(...)}: each of those combinators is a lambda of
     * the JDK's that is spun at run time, at every start, which a short run pays for.
     */
    public static final java.util.Comparator<Diagnostic> BY_POSITION = new ByPosition();

    private static final class ByPosition implements java.util.Comparator<Diagnostic> {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int c = Integer.compare(a.range.start(), b.range.start());
            if (c == 0) {
                c = Integer.compare(a.range.end(), b.range.end());
            }
            return c != 0 ? c : a.code().compareTo(b.code());
        }
    }

    public static Diagnostic syntaxError(TextRange range, String message) {
        return new Diagnostic(BuiltInRule.SYNTAX_ERROR.info(), Severity.ERROR, range, message, List.of(), null);
    }
}
