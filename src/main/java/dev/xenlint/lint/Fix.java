package dev.xenlint.lint;

import java.util.List;

/**
 * Edits that resolve a diagnostic. A SAFE fix keeps what the guest gets (or
 * what the user evidently meant); an UNSAFE one changes behaviour and needs
 * the user to choose.
 */
public record Fix(String description, List<Edit> edits, Applicability applicability) {

    public enum Applicability { SAFE, UNSAFE }
}
