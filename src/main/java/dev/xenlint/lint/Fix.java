package dev.xenlint.lint;

import java.util.List;
import java.util.Objects;

/**
 * Edits that resolve a diagnostic. A SAFE fix keeps what the guest gets (or
 * what the user evidently meant); an UNSAFE one changes behaviour and needs
 * the user to choose. Fixes compare by value, as a record of the three would.
 *
 * <p>Not a record: most fixes are one edit, held without a list, as a file may have a fixable
 * finding on every line (see {@link Diagnostic}).
 */
public final class Fix {

    public enum Applicability { SAFE, UNSAFE }

    private final String description;
    /** The list of edits (none, or two and more), or the one edit. */
    private final Object edits;
    private final Applicability applicability;

    public Fix(String description, List<Edit> edits, Applicability applicability) {
        this(description, Diagnostic.unwrapped(edits), applicability);
    }

    /** A fix of one edit. */
    public Fix(String description, Edit edit, Applicability applicability) {
        this(description, (Object) Objects.requireNonNull(edit), applicability);
    }

    private Fix(String description, Object edits, Applicability applicability) {
        this.description = description;
        this.edits = edits;
        this.applicability = applicability;
    }

    public String description() {
        return description;
    }

    /** The edits, in order: the list given, or, for one edit, an unmodifiable list of it made on each call. */
    @SuppressWarnings("unchecked")
    public List<Edit> edits() {
        return edits instanceof Edit one ? List.of(one) : (List<Edit>) edits;
    }

    public Applicability applicability() {
        return applicability;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fix f && Objects.equals(f.description, description) && Objects.equals(f.edits(), edits())
                && f.applicability == applicability;
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(description) + Objects.hashCode(edits())) * 31 + Objects.hashCode(applicability);
    }

    @Override
    public String toString() {
        return "Fix[description=" + description + ", edits=" + edits() + ", applicability=" + applicability + "]";
    }
}
