package dev.xenlint.syntax;

import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;

/** Names of tokens as a person reads them in a message. */
final class TokenNames {

    private TokenNames() {
    }

    /** Describes an actual token: "end of line", "name `foo`", "`]`". */
    static String describe(int type, String text) {
        return switch (type) {
            case Token.EOF, XenLexer.NEWLINE -> "end of line";
            case XenLexer.NAME -> "name `" + text + "`";
            case XenLexer.NUMBER -> "number `" + text + "`";
            case XenLexer.STRING -> "string " + abbreviate(text);
            default -> isKeyword(type) ? "keyword `" + text + "`" : "`" + text + "`";
        };
    }

    /** Describes an expected token type: "`]`", "a name", "end of line". */
    static String expected(int type) {
        return switch (type) {
            case Token.EOF, XenLexer.NEWLINE -> "end of line";
            case XenLexer.NAME -> "a name";
            case XenLexer.NUMBER -> "a number";
            case XenLexer.STRING -> "a string";
            default -> {
                Vocabulary v = XenParser.VOCABULARY; // the lexer's, without loading its state machine
                String literal = v.getLiteralName(type);
                yield literal == null ? v.getSymbolicName(type) : "`" + literal.substring(1, literal.length() - 1) + "`";
            }
        };
    }

    /** Whether a keyword begins a compound statement's header ({@code if}, {@code for}, {@code def}, ...). */
    static boolean isCompoundKeyword(int type) {
        return switch (type) {
            case XenLexer.IF, XenLexer.ELIF, XenLexer.ELSE, XenLexer.FOR, XenLexer.WHILE, XenLexer.TRY,
                 XenLexer.EXCEPT, XenLexer.FINALLY, XenLexer.DEF, XenLexer.CLASS, XenLexer.WITH -> true;
            default -> false;
        };
    }

    static boolean isKeyword(int type) {
        return type >= XenLexer.AND && type <= XenLexer.NONE;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\r", "").replace("\n", " ");
        return oneLine.length() <= 24 ? oneLine : oneLine.substring(0, 20) + "...";
    }
}
