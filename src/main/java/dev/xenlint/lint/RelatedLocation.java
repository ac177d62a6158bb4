package dev.xenlint.lint;

import dev.xenlint.text.TextRange;

/** Another place that explains a diagnostic, such as the first of two duplicate keys. */
public record RelatedLocation(TextRange range, String message) {
}
