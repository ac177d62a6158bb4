package dev.xenlint.syntax;

import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.text.SourceText;
import java.util.ArrayDeque;
import java.util.Deque;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery with messages written for people: "missing `]` to close
 * the list opened at 3:8" rather than token-name dumps.
 */
final class FriendlyErrorStrategy extends DefaultErrorStrategy {

    private final SourceText source;

    FriendlyErrorStrategy(SourceText source) {
        this.source = source;
    }

    @Override
    protected void reportNoViableAlternative(Parser parser, NoViableAltException e) {
        report(parser, e.getOffendingToken(), e);
    }

    @Override
    protected void reportInputMismatch(Parser parser, InputMismatchException e) {
        report(parser, e.getOffendingToken(), e);
    }

    @Override
    protected void reportFailedPredicate(Parser parser, FailedPredicateException e) {
        report(parser, e.getOffendingToken(), e);
    }

    @Override
    protected void reportUnwantedToken(Parser parser) {
        reportAtCurrentToken(parser);
    }

    @Override
    protected void reportMissingToken(Parser parser) {
        reportAtCurrentToken(parser);
    }

    /** Single-token insertion or deletion: the message is about the token at hand either way. */
    private void reportAtCurrentToken(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        beginErrorCondition(parser);
        Token token = parser.getCurrentToken();
        parser.notifyErrorListeners(token, message(parser, token), null);
    }

    /** Called from {@link #reportError}, which has already entered error recovery mode. */
    private void report(Parser parser, Token token, RecognitionException e) {
        parser.notifyErrorListeners(token, message(parser, token), e);
    }

    private String message(Parser parser, Token token) {
        TokenStream stream = parser.getInputStream();
        int type = token.getType();
        boolean atEnd = type == Token.EOF || type == XenLexer.NEWLINE;
        Deque<Token> open = openBracketsBefore(stream, token.getTokenIndex());

        if (isCloser(type)) {
            if (open.isEmpty()) {
                return "unexpected `" + token.getText() + "`: no bracket is open here";
            }
            Token opener = open.peek();
            if (closerOf(opener.getType()) != type) {
                return "`" + token.getText() + "` does not match the `" + opener.getText() + "` opened at "
                        + where(opener) + "; expected `" + closerText(opener.getType()) + "`";
            }
        }
        if (!open.isEmpty() && atEnd) {
            Token opener = open.peek();
            return "missing `" + closerText(opener.getType()) + "` to close the " + bracketNoun(opener.getType())
                    + " opened at " + where(opener);
        }
        Token previous = token.getTokenIndex() > 0 ? stream.get(token.getTokenIndex() - 1) : null;
        IntervalSet expected = parser.getExpectedTokens();
        if (previous != null && isOperator(previous.getType()) && (atEnd || isCloser(type))) {
            return "expected a value after `" + previous.getText() + "`";
        }
        if (expected.contains(XenLexer.COLON) && expected.size() <= 3 && atEnd) {
            return "missing `:` at the end of the block header";
        }
        StringBuilder sb = new StringBuilder("unexpected ").append(TokenNames.describe(token));
        if (!atEnd && previous != null && previous.getType() != XenLexer.ASSIGN && expected.contains(XenLexer.NEWLINE)
                && token.getType() != XenLexer.ASSIGN) {
            sb.append(" after the end of the statement; separate statements with a newline or `;`");
        } else if (expected.size() <= 3 && !expected.isNil()) {
            sb.append("; expected ");
            var types = expected.toList();
            for (int i = 0; i < types.size(); i++) {
                if (i > 0) {
                    sb.append(i == types.size() - 1 ? " or " : ", ");
                }
                sb.append(TokenNames.expected(types.get(i)));
            }
        }
        return sb.toString();
    }

    private static Deque<Token> openBracketsBefore(TokenStream stream, int index) {
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < index && i < stream.size(); i++) {
            Token t = stream.get(i);
            int type = t.getType();
            if (type == XenLexer.LPAREN || type == XenLexer.LBRACK || type == XenLexer.LBRACE) {
                open.push(t);
            } else if (isCloser(type) && !open.isEmpty()) {
                open.pop();
            }
        }
        return open;
    }

    private String where(Token token) {
        return source.position(source.offsetOfCodePoint(token.getStartIndex())).toString();
    }

    private static boolean isCloser(int type) {
        return type == XenLexer.RPAREN || type == XenLexer.RBRACK || type == XenLexer.RBRACE;
    }

    private static boolean isOperator(int type) {
        return switch (type) {
            case XenLexer.ASSIGN, XenLexer.PLUS_ASSIGN, XenLexer.PLUS, XenLexer.MINUS, XenLexer.STAR,
                 XenLexer.SLASH, XenLexer.PERCENT, XenLexer.POWER, XenLexer.FLOOR_DIV -> true;
            default -> false;
        };
    }

    private static int closerOf(int opener) {
        return switch (opener) {
            case XenLexer.LPAREN -> XenLexer.RPAREN;
            case XenLexer.LBRACK -> XenLexer.RBRACK;
            default -> XenLexer.RBRACE;
        };
    }

    private static String closerText(int opener) {
        return switch (opener) {
            case XenLexer.LPAREN -> ")";
            case XenLexer.LBRACK -> "]";
            default -> "}";
        };
    }

    private static String bracketNoun(int opener) {
        return switch (opener) {
            case XenLexer.LPAREN -> "parenthesis";
            case XenLexer.LBRACK -> "list";
            default -> "brace";
        };
    }
}
