package dev.xenlint.syntax;

/**
 * Characters that word processors, PDF manuals and web pages put where a configuration file needs
 * plain ASCII: typographic quotation marks, invisible or non-breaking spaces, and dashes. Neither
 * toolstack reads them as what they look like: xl's lexer refuses any of them outside a string, and
 * Python 2 refuses a non-ASCII byte outside a string (and, without an encoding declaration, anywhere).
 */
public final class Typography {

    private Typography() {
    }

    /**
     * Whether a character is a typographic quotation mark: Unicode's Quotation_Mark characters other
     * than {@code '} and {@code "}, and the acute accent and primes some fonts put in their place.
     * The lexer's {@code TYPOGRAPHIC_QUOTE} is the same set.
     */
    public static boolean isQuote(int c) {
        return c == 0x00AB || c == 0x00B4 || c == 0x00BB || c >= 0x2018 && c <= 0x201F || c == 0x2032 || c == 0x2033
                || c == 0x2039 || c == 0x203A || c == 0x2E42 || c >= 0x300C && c <= 0x300F
                || c >= 0x301D && c <= 0x301F || c >= 0xFE41 && c <= 0xFE44 || c == 0xFF02 || c == 0xFF07
                || c == 0xFF62 || c == 0xFF63;
    }

    /** Whether a typographic quote stands for a double quote (“ ” „ « » ″ ...) rather than a single one. */
    static boolean isDoubleQuote(int c) {
        return c == 0x00AB || c == 0x00BB || c >= 0x201C && c <= 0x201F || c == 0x2033 || c == 0x2E42
                || c == 0x300E || c == 0x300F || c >= 0x301D && c <= 0x301F || c == 0xFE43 || c == 0xFE44
                || c == 0xFF02;
    }

    /** Whether a string token is delimited by typographic quotes ({@code ’dc’}). */
    public static boolean isTypographicString(String token) {
        return !token.isEmpty() && isQuote(token.charAt(0));
    }

    /**
     * The straight quote a typographic string gets: {@code '} or {@code "} after the kind of its
     * opening quote, the other one when its text holds that quote; 0 when it holds both (no
     * mechanical repair then).
     */
    static char straightQuote(String token) {
        String body = token.substring(1, token.length() - 1);
        char want = isDoubleQuote(token.charAt(0)) ? '"' : '\'';
        char other = want == '"' ? '\'' : '"';
        if (body.indexOf(want) < 0) {
            return want;
        }
        return body.indexOf(other) < 0 ? other : 0;
    }

    /**
     * The same string with straight quotes, as Python would read it; for the lexer's typographic
     * strings every delimiter is one UTF-16 unit, so offsets into the token stay valid.
     */
    public static String straightened(String token) {
        char q = straightQuote(token);
        q = q == 0 ? '\'' : q;
        return q + token.substring(1, token.length() - 1) + q;
    }

    /** Whether a character is a space other than the ASCII space and tab (repaired to a space). */
    static boolean isOddSpace(int c) {
        return c == 0x00A0 || c == 0x1680 || c >= 0x2000 && c <= 0x200A || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /** Whether a character is invisible and has no width (repaired by removing it). */
    static boolean isInvisible(int c) {
        return c == 0x00AD || c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF;
    }

    /** Whether a character is a dash or minus sign that is not the ASCII hyphen-minus. */
    public static boolean isDash(int c) {
        return c >= 0x2010 && c <= 0x2015 || c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
    }

    /** The character's name when a person cannot tell it from a plain one ("a non-breaking space"), or null. */
    public static String name(int c) {
        return switch (c) {
            case 0x00A0 -> "a non-breaking space";
            case 0x00AD -> "a soft hyphen";
            case 0x1680 -> "an ogham space mark";
            case 0x2000 -> "an en quad";
            case 0x2001 -> "an em quad";
            case 0x2002 -> "an en space";
            case 0x2003 -> "an em space";
            case 0x2004, 0x2005, 0x2006 -> "a fractional em space";
            case 0x2007 -> "a figure space";
            case 0x2008 -> "a punctuation space";
            case 0x2009 -> "a thin space";
            case 0x200A -> "a hair space";
            case 0x200B -> "a zero-width space";
            case 0x200C -> "a zero-width non-joiner";
            case 0x200D -> "a zero-width joiner";
            case 0x202F -> "a narrow non-breaking space";
            case 0x205F -> "a medium mathematical space";
            case 0x2060 -> "a word joiner";
            case 0x3000 -> "an ideographic space";
            case 0xFEFF -> "a byte order mark (zero-width no-break space)";
            case 0x2010 -> "a hyphen";
            case 0x2011 -> "a non-breaking hyphen";
            case 0x2012 -> "a figure dash";
            case 0x2013 -> "an en dash";
            case 0x2014 -> "an em dash";
            case 0x2015 -> "a horizontal bar";
            case 0x2212 -> "a minus sign";
            case 0xFE58 -> "a small em dash";
            case 0xFE63 -> "a small hyphen-minus";
            case 0xFF0D -> "a fullwidth hyphen-minus";
            default -> isQuote(c) ? "a typographic quote" : null;
        };
    }

    /** "an en dash (U+2013)", "a typographic quote `’` (U+2019)": the character as a message names it. */
    public static String describe(int c) {
        String name = name(c);
        String code = code(c);
        if (name == null) {
            return "`" + new String(Character.toChars(c)) + "` (" + code + ")";
        }
        return isQuote(c) || isDash(c) ? name + " `" + new String(Character.toChars(c)) + "` (" + code + ")"
                : name + " (" + code + ")";
    }

    /**
     * {@code U+} and the code point in upper-case hex, at least 4 digits. Not String.format: that
     * parses its pattern with a regular expression on every call, and random bytes make a finding
     * of nearly every character (issue 9).
     */
    static String code(int c) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return hex.length() >= 4 ? "U+" + hex : "U+" + "0000".substring(hex.length()) + hex;
    }
}
