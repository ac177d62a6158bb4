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

    public static Diagnostic syntaxError(TextRange range, String message) {
        return new Diagnostic(BuiltInRule.SYNTAX_ERROR.info(), Severity.ERROR, range, message, List.of(), null);
    }
}
