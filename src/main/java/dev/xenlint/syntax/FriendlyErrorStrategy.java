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
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * ANTLR's recovery with messages written for people: "missing `]` to close
 * the list opened at 3:8" rather than token-name dumps.
 */
final class FriendlyErrorStrategy extends DefaultErrorStrategy {

    private final SourceText source;
    /** Only the first error of a line is shown; later ones are not worth the cost of a message. */
    private boolean reported;

    /** Recoveries after which the rest of the line is given up: each costs time in proportion to the line. */
    static final int MAX_RECOVERIES = 50;
    private int recoveries;
    /**
     * The token that starts a second statement on the line ({@code disk=[...] boot='d'}: {@code boot}), when
     * the line's first error is that and the token begins an assignment; where a line break belongs.
     */
    private Token secondStatement;

    /**
     * Whether the line's first error is shown: not on a line with a lexical error, which is shown instead
     * (the parser then still recovers and builds the tree, and the error says only that there is one).
     */
    private final boolean shown;

    FriendlyErrorStrategy(SourceText source, boolean shown) {
        this.source = source;
        this.shown = shown;
    }

    @Override
    public void recover(Parser parser, RecognitionException e) {
        giveUpAfterTooMany();
        super.recover(parser, e);
    }

    /**
     * ANTLR's single-token deletion, then insertion, then the exception for {@link #recover}: the same steps
     * as {@link DefaultErrorStrategy#recoverInline}, but the exception has no stack trace (see {@link
     * QuietMismatch}).
     */
    @Override
    public Token recoverInline(Parser parser) {
        giveUpAfterTooMany();
        Token deleted = singleTokenDeletion(parser);
        if (deleted != null) {
            parser.consume();
            return deleted;
        }
        if (singleTokenInsertion(parser)) {
            return getMissingSymbol(parser);
        }
        throw nextTokensContext == null ? new QuietMismatch(parser)
                : new QuietMismatch(parser, nextTokensState, nextTokensContext);
    }

    /**
     * At the start of a block or loop whose first tokens do not include the next one, and when deleting
     * that token does not help, {@link DefaultErrorStrategy#sync} throws an {@link InputMismatchException};
     * this throws it without a stack trace. The two cases that end the default's sync at once (the next
     * token is one the state takes, or the state may be left without one) are done here as it does them
     * (ANTLR 4.13.2), not worked out a second time by it: sync runs at every loop and block of every rule.
     * Every other case is the default's.
     */
    @Override
    public void sync(Parser parser) {
        if (inErrorRecoveryMode(parser)) {
            return;
        }
        ATNState s = parser.getInterpreter().atn.states.get(parser.getState());
        int la = parser.getInputStream().LA(1);
        IntervalSet next = parser.getATN().nextTokens(s);
        if (next.contains(la)) {
            nextTokensContext = null;
            nextTokensState = ATNState.INVALID_STATE_NUMBER;
            return;
        }
        if (next.contains(Token.EPSILON)) {
            if (nextTokensContext == null) {
                nextTokensContext = parser.getContext();
                nextTokensState = parser.getState();
            }
            return;
        }
        if (startsBlock(s.getStateType())) {
            if (singleTokenDeletion(parser) != null) {
                return;
            }
            throw new QuietMismatch(parser);
        }
        super.sync(parser);
    }

    private static boolean startsBlock(int stateType) {
        return stateType == ATNState.BLOCK_START || stateType == ATNState.STAR_BLOCK_START
                || stateType == ATNState.PLUS_BLOCK_START || stateType == ATNState.STAR_LOOP_ENTRY;
    }

    /**
     * A recognition exception is only a message between ANTLR's parts here (caught by the rule that
     * recovers, or thrown away by prediction); filling in its stack trace, as deep as the parser's
     * recursion, was the most expensive part of it, for a trace nobody reads.
     */
    static final class QuietMismatch extends InputMismatchException {
        QuietMismatch(Parser parser) {
            super(parser);
        }

        QuietMismatch(Parser parser, int state, ParserRuleContext context) {
            super(parser, state, context);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** As {@link QuietMismatch}, for prediction's dead ends ({@link LinePrediction}). */
    static final class QuietNoViableAlt extends NoViableAltException {
        QuietNoViableAlt(Parser parser, TokenStream input, Token start, Token offending, ATNConfigSet deadEnd,
                         ParserRuleContext context) {
            super(parser, input, start, offending, deadEnd, context);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Keeps parsing linear: a line with an error at every token is not worth a tree. */
    private void giveUpAfterTooMany() {
        if (++recoveries > MAX_RECOVERIES) {
            throw new ParseCancellationException("too many syntax errors on one line");
        }
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
        parser.notifyErrorListeners(token, firstMessage(parser, token), null);
    }

    /** Called from {@link #reportError}, which has already entered error recovery mode. */
    private void report(Parser parser, Token token, RecognitionException e) {
        parser.notifyErrorListeners(token, firstMessage(parser, token), e);
    }

    /**
     * The message of the line's first error; later errors (the listener keeps only the first) get a
     * fixed text, since building a message scans the line and a line may have an error per token.
     */
    private String firstMessage(Parser parser, Token token) {
        if (reported || !shown) {
            return "further syntax error";
        }
        reported = true;
        return message(parser, token);
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
            Token next = token.getTokenIndex() + 1 < stream.size() ? stream.get(token.getTokenIndex() + 1) : null;
            if (token.getType() == XenLexer.NAME && next != null && isAssignment(next.getType())) {
                secondStatement = token;
            }
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

    /** The token that starts a second assignment after a complete statement on the line, or null. */
    Token secondStatement() {
        return secondStatement;
    }

    private static boolean isAssignment(int type) {
        return type == XenLexer.ASSIGN || type >= XenLexer.POWER_ASSIGN && type <= XenLexer.CARET_ASSIGN;
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
