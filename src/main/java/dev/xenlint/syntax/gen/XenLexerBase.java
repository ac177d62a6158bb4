package dev.xenlint.syntax.gen;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;

/**
 * Layout logic of {@link XenLexer} kept in Java rather than in grammar actions.
 *
 * <p>A NEWLINE ends a logical line only at bracket depth zero and after a line
 * that has content; other newlines go to the HIDDEN channel. Bracket openers
 * are kept on a stack so that an unclosed {@code [} does not swallow the rest
 * of the file: when a line inside a list starts, at column zero, with
 * {@code name =}, the list is taken to be unterminated and the newline before
 * that line ends the logical line (the parser then reports the missing
 * {@code ]}).
 */
public abstract class XenLexerBase extends Lexer {

    /** Opening bracket characters not yet closed, innermost last. */
    private final StringBuilder openBrackets = new StringBuilder();
    private int lastVisibleType = Token.INVALID_TYPE;

    protected XenLexerBase(CharStream input) {
        super(input);
    }

    protected void openBracket() {
        openBrackets.append((char) _input.LA(-1));
    }

    protected void closeBracket() {
        if (openBrackets.length() > 0) {
            openBrackets.setLength(openBrackets.length() - 1);
        }
    }

    @Override
    public void reset() {
        super.reset();
        openBrackets.setLength(0);
        lastVisibleType = Token.INVALID_TYPE;
    }

    @Override
    public Token nextToken() {
        Token token = super.nextToken();
        int type = token.getType();
        if (type == XenLexer.NEWLINE) {
            if (openBrackets.length() > 0 && nextLineStartsStatement()) {
                openBrackets.setLength(0);
            }
            if (openBrackets.length() > 0 || lastVisibleType == XenLexer.NEWLINE
                    || lastVisibleType == Token.INVALID_TYPE) {
                ((WritableToken) token).setChannel(Token.HIDDEN_CHANNEL);
                return token;
            }
        }
        if (token.getChannel() == Token.DEFAULT_CHANNEL) {
            lastVisibleType = type;
        }
        return token;
    }

    /**
     * Whether the line after the newline just read begins, in column zero,
     * with {@code NAME =} or {@code NAME +=}: a new assignment, not a list item.
     * Only lists are cut this way; inside () or {} keyword arguments at column
     * zero are legal Python.
     */
    private boolean nextLineStartsStatement() {
        if (openBrackets.charAt(openBrackets.length() - 1) != '[') {
            return false;
        }
        int i = 1;
        int c = _input.LA(i);
        if (!(Character.isLetter(c) || c == '_') || c > 0x7f) {
            return false;
        }
        while (c != CharStream.EOF && (Character.isLetterOrDigit(c) || c == '_') && c <= 0x7f) {
            c = _input.LA(++i);
        }
        while (c == ' ' || c == '\t') {
            c = _input.LA(++i);
        }
        if (c == '+') {
            c = _input.LA(++i);
            return c == '=';
        }
        return c == '=' && _input.LA(i + 1) != '=';
    }
}
