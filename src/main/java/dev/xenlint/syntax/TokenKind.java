package dev.xenlint.syntax;

/**
 * The kinds of {@link Token}: xenlint's own vocabulary, independent of the lexer that produces it.
 *
 * <p>Every character of a file belongs to exactly one token, so nothing is lost: besides the
 * tokens the parser reads there is trivia ({@link #WHITESPACE}, {@link #LINE_CONTINUATION},
 * {@link #NL}, {@link #COMMENT}) and {@link #ERROR} for a character no rule accepts (one code
 * point each, so a diagnostic can name it exactly). A newline is {@link #NEWLINE} when it ends a
 * logical line and {@link #NL} when it does not (inside brackets, after a blank or comment-only
 * line), as in Python's tokenizer. The last token of a file is an empty {@link #EOF}.
 */
public enum TokenKind {
    // keywords (Python 2)
    AND, AS, ASSERT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF, ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF,
    IMPORT, IN, IS, LAMBDA, NOT, OR, PASS, PRINT, RAISE, RETURN, TRY, WHILE, WITH, TRUE, FALSE, NONE,
    // literals and names
    STRING, NUMBER, NAME,
    // brackets
    LPAREN, RPAREN, LBRACK, RBRACK, LBRACE, RBRACE,
    // operators and delimiters
    POWER_ASSIGN, FLOOR_DIV_ASSIGN, LSHIFT_ASSIGN, RSHIFT_ASSIGN, PLUS_ASSIGN, MINUS_ASSIGN, STAR_ASSIGN,
    SLASH_ASSIGN, PERCENT_ASSIGN, AMP_ASSIGN, PIPE_ASSIGN, CARET_ASSIGN, POWER, FLOOR_DIV, LEFT_SHIFT,
    RIGHT_SHIFT, EQUALS, NOT_EQUALS, LESS_EQUAL, GREATER_EQUAL, LESS, GREATER, ASSIGN, PLUS, MINUS, STAR,
    SLASH, PERCENT, AMPERSAND, PIPE, CARET, TILDE, DOT, COMMA, COLON, SEMI,
    // layout
    /** A line break that ends a logical line. */
    NEWLINE,
    /** A line break that does not end a logical line (trivia). */
    NL,
    /** A backslash and the line break after it (trivia). */
    LINE_CONTINUATION,
    /** Spaces, tabs and form feeds (trivia). */
    WHITESPACE,
    /** {@code #} to the end of the line (trivia). */
    COMMENT,
    /** One code point no rule accepts (trivia for the parser; a syntax error). */
    ERROR,
    /** The empty token after the last character. */
    EOF;

    /** Whether the parser skips tokens of this kind: whitespace, continuations, inner newlines, comments, errors. */
    public boolean isTrivia() {
        return this == NL || this == LINE_CONTINUATION || this == WHITESPACE || this == COMMENT || this == ERROR;
    }

    /** A line break, ending a logical line or not. */
    public boolean isNewline() {
        return this == NEWLINE || this == NL;
    }

    public boolean isKeyword() {
        return ordinal() <= NONE.ordinal();
    }
}
