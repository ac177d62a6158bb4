package dev.xenlint.lint;

import dev.xenlint.text.TextRange;
import java.util.List;
import java.util.Objects;

/**
 * One finding: the rule that found it (its code, name and document), its severity, the most precise
 * range available, its message, other places that explain it (may be empty) and how to resolve it
 * (or null). Findings compare by value, as a record of those six would.
 *
 * <p>Not a record, for what it holds: a file may have a finding on every line, all of them alive
 * until reported. The one related location most findings have is held without a list, and a rule may
 * give its message, related location and fix as a {@link Message}, which makes each only when it is
 * read (a report reads them once): a message of a key and a position is a few fields, not a string of
 * a hundred chars, and a fix that removes an earlier assignment is the assignment, not four objects
 * (issue 9).
 */
public final class Diagnostic {

    /** A message, and the finding's related location and fix, made when read from what the rule keeps. */
    public interface Message {
        /** The message's text; the same text on every call. */
        String text();

        /** The one place that explains the finding, or null for none; equal on every call. */
        default RelatedLocation related() {
            return null;
        }

        /** How to resolve the finding, or null; equal on every call. */
        default Fix fix() {
            return null;
        }

        /** {@link #fix()}'s applicability, or null without a fix: a rule may say it without making the fix. */
        default Fix.Applicability fixApplicability() {
            Fix fix = fix();
            return fix == null ? null : fix.applicability();
        }
    }

    private final RuleInfo info;
    private final Severity severity;
    private final TextRange range;
    /** The String, or the {@link Message} that makes it and the related location and fix. */
    private final Object message;
    /** The list of related locations (none, or two and more), or the one related location; null for a Message. */
    private final Object related;
    /** Null for a Message. */
    private final Fix fix;

    public Diagnostic(RuleInfo info, Severity severity, TextRange range, String message,
                      List<RelatedLocation> related, Fix fix) {
        this(info, severity, range, (Object) message, unwrapped(related), fix);
    }

    /** A finding whose message, related location (at most one) and fix are made when read. */
    public Diagnostic(RuleInfo info, Severity severity, TextRange range, Message message) {
        this(info, severity, range, Objects.requireNonNull(message), null, null);
    }

    /** The one element of a list of one (not null), else the list as given. */
    static Object unwrapped(List<?> list) {
        return list != null && list.size() == 1 && list.get(0) != null ? list.get(0) : list;
    }

    private Diagnostic(RuleInfo info, Severity severity, TextRange range, Object message, Object related, Fix fix) {
        this.info = info;
        this.severity = severity;
        this.range = range;
        this.message = message;
        this.related = related;
        this.fix = fix;
    }

    public RuleInfo info() {
        return info;
    }

    public Severity severity() {
        return severity;
    }

    public TextRange range() {
        return range;
    }

    public String message() {
        return message instanceof Message m ? m.text() : (String) message;
    }

    /**
     * The related locations: the list given, or, for a list of one, an unmodifiable list of it made on
     * each call.
     */
    @SuppressWarnings("unchecked")
    public List<RelatedLocation> related() {
        if (message instanceof Message m) {
            RelatedLocation one = m.related();
            return one == null ? List.of() : List.of(one);
        }
        return related instanceof RelatedLocation one ? List.of(one) : (List<RelatedLocation>) related;
    }

    public Fix fix() {
        return message instanceof Message m ? m.fix() : fix;
    }

    /** The fix's applicability, or null without one (a count of safe fixes needs no fix made). */
    public Fix.Applicability fixApplicability() {
        if (message instanceof Message m) {
            return m.fixApplicability();
        }
        return fix == null ? null : fix.applicability();
    }

    /** The rule's stable code, {@code XC} and three digits. */
    public String code() {
        return info.code();
    }

    /** The rule's kebab-case name, e.g. {@code syntax-error}. */
    public String rule() {
        return info.name();
    }

    // equals, hashCode and toString as a record's of the six would be, written out (see TextRange)

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && Objects.equals(d.info, info) && d.severity == severity
                && Objects.equals(d.range, range) && Objects.equals(d.message(), message())
                && Objects.equals(d.related(), related()) && Objects.equals(d.fix(), fix());
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(info);
        h = 31 * h + Objects.hashCode(severity);
        h = 31 * h + Objects.hashCode(range);
        h = 31 * h + Objects.hashCode(message());
        h = 31 * h + Objects.hashCode(related());
        return 31 * h + Objects.hashCode(fix());
    }

    @Override
    public String toString() {
        return "Diagnostic[info=" + info + ", severity=" + severity + ", range=" + range + ", message=" + message()
                + ", related=" + related() + ", fix=" + fix() + "]";
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
