package dev.xenlint.lint;

import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * One finding.
 *
 * @param code     stable code, {@code XC} and three digits
 * @param rule     kebab-case rule name, e.g. {@code syntax-error}
 * @param range    the most precise range available
 * @param related  other places that explain it (may be empty)
 * @param fix      how to resolve it, or null
 */
public record Diagnostic(String code, String rule, Severity severity, TextRange range, String message,
                         List<RelatedLocation> related, Fix fix) {

    public static final String SYNTAX_ERROR_CODE = "XC001";
    public static final String SYNTAX_ERROR_RULE = "syntax-error";

    public static Diagnostic syntaxError(TextRange range, String message) {
        return new Diagnostic(SYNTAX_ERROR_CODE, SYNTAX_ERROR_RULE, Severity.ERROR, range, message, List.of(), null);
    }
}
