package dev.xenlint.syntax;

import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.text.SourceText;
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

    /** The token sets worked out so far, shared by the lines of a file parsed on one thread. */
    private final Follow follow;

    FriendlyErrorStrategy(SourceText source, boolean shown) {
        this(source, shown, new Follow());
    }

    FriendlyErrorStrategy(SourceText source, boolean shown, Follow follow) {
        this.source = source;
        this.shown = shown;
        this.follow = follow;
    }

    /**
     * The token sets recovery works out from a state and the rules the parser is in (the states that invoked
     * them, outermost last): what may come next, what is expected there, what may follow the rules. ANTLR works
     * each out afresh at each error, and the one with rules (an analysis of the state machine from the state
     * on) was a tenth of the parse of a file of error lines that all differ (issue 9). They are functions of
     * the state and the invoking states alone, so they are kept by those, read-only, for the lines of a file.
     */
    static final class Follow {
        /** The most sets kept: a file of ever deeper brackets does not make the map grow without bound. */
        private static final int MAX_KEPT = 4096;
        private final java.util.HashMap<Key, IntervalSet> kept = new java.util.HashMap<>();

        private record Key(int what, int state, int[] invoking, int hash) {
            static Key of(int what, int state, org.antlr.v4.runtime.RuleContext ctx) {
                int depth = 0;
                for (org.antlr.v4.runtime.RuleContext c = ctx; c != null && c.invokingState >= 0; c = c.parent) {
                    depth++;
                }
                int[] invoking = new int[depth];
                int hash = what * 31 + state;
                int i = 0;
                for (org.antlr.v4.runtime.RuleContext c = ctx; c != null && c.invokingState >= 0; c = c.parent) {
                    invoking[i++] = c.invokingState;
                    hash = hash * 31 + c.invokingState;
                }
                return new Key(what, state, invoking, hash);
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.hash == hash && k.what == what && k.state == state
                        && java.util.Arrays.equals(k.invoking, invoking);
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }

        IntervalSet get(Key key) {
            return kept.get(key);
        }

        IntervalSet keep(Key key, IntervalSet set) {
            set.setReadonly(true);
            if (kept.size() < MAX_KEPT) {
                kept.put(key, set);
            }
            return set;
        }
    }

    private static final int NEXT = 0;
    private static final int EXPECTED = 1;
    private static final int RECOVERY = 2;

    /** As ANTLR's, kept ({@link Follow}). */
    @Override
    protected IntervalSet getExpectedTokens(Parser parser) {
        Follow.Key key = Follow.Key.of(EXPECTED, parser.getState(), parser.getContext());
        IntervalSet set = follow.get(key);
        return set != null ? set : follow.keep(key, parser.getExpectedTokens());
    }

    /** As ANTLR's, kept ({@link Follow}). */
    @Override
    protected IntervalSet getErrorRecoverySet(Parser parser) {
        Follow.Key key = Follow.Key.of(RECOVERY, -1, parser.getContext());
        IntervalSet set = follow.get(key);
        return set != null ? set : follow.keep(key, super.getErrorRecoverySet(parser));
    }

    /** ANTLR's single-token insertion (4.13.2), with what may follow the current state kept ({@link Follow}). */
    @Override
    protected boolean singleTokenInsertion(Parser parser) {
        int current = parser.getInputStream().LA(1);
        org.antlr.v4.runtime.atn.ATN atn = parser.getInterpreter().atn;
        ATNState next = atn.states.get(parser.getState()).transition(0).target;
        Follow.Key key = Follow.Key.of(NEXT, next.stateNumber, parser.getContext());
        IntervalSet atLL2 = follow.get(key);
        if (atLL2 == null) {
            atLL2 = follow.keep(key, atn.nextTokens(next, parser.getContext()));
        }
        if (atLL2.contains(current)) {
            reportMissingToken(parser);
            return true;
        }
        return false;
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
            return FURTHER;
        }
        reported = true;
        TokenStream stream = parser.getInputStream();
        firstIndex = token.getTokenIndex();
        firstExpected = getExpectedTokens(parser);
        firstRead = stream.size();
        Message m = message(new StreamTokens(stream, source), firstIndex, firstExpected, source);
        secondStatement = m.secondStatement() >= 0 ? stream.get(m.secondStatement()) : null;
        firstText = m.text();
        return m.text();
    }

    /** The text of every error of a line after its first, and of a line whose first error is not shown. */
    static final String FURTHER = "further syntax error";

    /** What {@link #message} is made of when the first message was: the token's index, expected set, tokens read. */
    private int firstIndex = -1;
    private IntervalSet firstExpected;
    private int firstRead;
    private String firstText;

    /** The index of the token the line's first shown message is about, or -1 when none was made. */
    int firstIndex() {
        return firstIndex;
    }

    /** The tokens the parser expected where the first shown message was made ({@link #firstIndex}). */
    IntervalSet firstExpected() {
        return firstExpected;
    }

    /** How many tokens the parser had read (the line's end included, once read) when that message was made. */
    int firstRead() {
        return firstRead;
    }

    /** The text of that message, or null. */
    String firstText() {
        return firstText;
    }

    /**
     * The tokens of a line that the parser has read, in its numbering (0 is the line's first visible token,
     * the line's end comes last once read): all that a message is made of besides the expected set.
     */
    interface ReadTokens {
        /** How many tokens have been read. */
        int size();

        /** ANTLR's type of token {@code i}. */
        int type(int i);

        String text(int i);

        /** The UTF-16 offset in the source where token {@code i} starts. */
        int offset(int i);
    }

    /** The generated parser's stream, as {@link ReadTokens}. */
    private record StreamTokens(TokenStream stream, SourceText source) implements ReadTokens {
        @Override
        public int size() {
            return stream.size();
        }

        @Override
        public int type(int i) {
            return stream.get(i).getType();
        }

        @Override
        public String text(int i) {
            return stream.get(i).getText();
        }

        @Override
        public int offset(int i) {
            return source.offsetOfCodePoint(stream.get(i).getStartIndex());
        }
    }

    /**
     * A first message, and the index of the token that starts a second statement on the line ({@code
     * disk=[...] boot='d'}: {@code boot}) when the error is that and the token begins an assignment, else -1.
     */
    record Message(String text, int secondStatement) {
    }

    /**
     * The message of an error at token {@code index} where the parser expected {@code expected}: a function of
     * the tokens read, their types and texts, and the expected set alone (so a line of the same token types as
     * another, whose recovery is replayed, gets its message from the same code; see ConfigParser).
     */
    static Message message(ReadTokens tokens, int index, IntervalSet expected, SourceText source) {
        int type = tokens.type(index);
        String text = tokens.text(index);
        boolean atEnd = type == Token.EOF || type == XenLexer.NEWLINE;
        int[] open = openBracketsBefore(tokens, index);
        int opener = open[0] == 0 ? -1 : open[open[0]];

        if (isCloser(type)) {
            if (opener < 0) {
                return new Message("unexpected `" + text + "`: no bracket is open here", -1);
            }
            if (closerOf(tokens.type(opener)) != type) {
                return new Message("`" + text + "` does not match the `" + tokens.text(opener) + "` opened at "
                        + where(tokens, opener, source) + "; expected `" + closerText(tokens.type(opener)) + "`", -1);
            }
        }
        if (opener >= 0 && atEnd) {
            return new Message("missing `" + closerText(tokens.type(opener)) + "` to close the "
                    + bracketNoun(tokens.type(opener)) + " opened at " + where(tokens, opener, source), -1);
        }
        int previous = index > 0 ? index - 1 : -1;
        if (previous >= 0 && isOperator(tokens.type(previous)) && (atEnd || isCloser(type))) {
            return new Message("expected a value after `" + tokens.text(previous) + "`", -1);
        }
        if (expected.contains(XenLexer.COLON) && expected.size() <= 3 && atEnd) {
            return new Message("missing `:` at the end of the block header", -1);
        }
        int second = -1;
        StringBuilder sb = new StringBuilder("unexpected ").append(TokenNames.describe(type, text));
        if (!atEnd && previous >= 0 && tokens.type(previous) != XenLexer.ASSIGN && expected.contains(XenLexer.NEWLINE)
                && type != XenLexer.ASSIGN) {
            sb.append(" after the end of the statement; separate statements with a newline or `;`");
            if (type == XenLexer.NAME && index + 1 < tokens.size() && isAssignment(tokens.type(index + 1))) {
                second = index;
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
        return new Message(sb.toString(), second);
    }

    /** The token that starts a second assignment after a complete statement on the line, or null. */
    Token secondStatement() {
        return secondStatement;
    }

    private static boolean isAssignment(int type) {
        return type == XenLexer.ASSIGN || type >= XenLexer.POWER_ASSIGN && type <= XenLexer.CARET_ASSIGN;
    }

    /**
     * The brackets open before token {@code index}: element 0 is their number, elements 1.. the indexes of the
     * opening tokens, the innermost last.
     */
    private static int[] openBracketsBefore(ReadTokens tokens, int index) {
        int[] open = new int[8];
        for (int i = 0; i < index && i < tokens.size(); i++) {
            int type = tokens.type(i);
            if (type == XenLexer.LPAREN || type == XenLexer.LBRACK || type == XenLexer.LBRACE) {
                if (open[0] + 1 == open.length) {
                    open = java.util.Arrays.copyOf(open, open.length * 2);
                }
                open[++open[0]] = i;
            } else if (isCloser(type) && open[0] > 0) {
                open[0]--;
            }
        }
        return open;
    }

    private static String where(ReadTokens tokens, int i, SourceText source) {
        return source.position(tokens.offset(i)).toString();
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
