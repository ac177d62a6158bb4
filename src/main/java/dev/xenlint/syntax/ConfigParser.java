package dev.xenlint.syntax;

import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import dev.xenlint.text.TwoThreads;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Turns a {@link SourceText} into a {@link SyntaxTree}. Never throws on bad
 * input: lexical problems are tokens of their own, each logical line is parsed
 * on its own (by {@link LineParser}; a line it refuses, one with a syntax error,
 * by the generated parser, which reports the error and recovers), and sizes
 * and nesting are bounded so that no input exhausts the stack or the heap.
 */
public final class ConfigParser {

    /** Largest file read; real domain configs are a few KiB. */
    public static final int MAX_FILE_CHARS = dev.xenlint.text.SizeLimit.MAX_BYTES;
    /** Deepest nesting of brackets and prefix operators within one logical line. */
    public static final int MAX_NESTING = 100;

    /**
     * From this length of text on, a file's lines are parsed on two threads when there are two processors
     * ({@code Run.inTwo}): a thread costs a fraction of a millisecond, a file this long some tens of
     * milliseconds to parse.
     */
    static final int PARALLEL_CHARS = 128 * 1024;
    /** Into how many runs of lines the parse on two threads divides a file ({@code Run.inTwo}). */
    static final int CHUNKS = 32;
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    private ConfigParser() {
    }

    public static SyntaxTree parse(SourceText source) {
        if (source.text().length() > MAX_FILE_CHARS) {
            SyntaxError tooLarge = new SyntaxError(TextRange.empty(0), "file is too large to be a domain configuration ("
                    + source.text().length() + " characters; xenlint reads files up to "
                    + dev.xenlint.text.SizeLimit.human(MAX_FILE_CHARS) + ")");
            return new SyntaxTree(source, List.of(), List.of(), List.of(), List.of(tooLarge), List.of(),
                    new XlSyntax.Result(List.of(new XlSyntax.Problem(XlSyntax.Kind.GRAMMAR, TextRange.empty(0),
                            "not read: too large", true)), false));
        }
        return new ConfigParser.Run(source, true, true, true).run();
    }

    /**
     * As {@link #parse} on two threads, but with the chunks of lines taken in turns by the two runs, on this
     * thread: each has every other one whatever the scheduling (for a test).
     */
    static SyntaxTree parseInTurns(SourceText source) {
        Run run = new ConfigParser.Run(source, true, true, true);
        run.inTurns = true;
        return run.run();
    }

    /** As {@link #parse}, every line on this thread: what the parse on two threads is compared with. */
    static SyntaxTree parseOnOneThread(SourceText source) {
        return new ConfigParser.Run(source, true, false, true).run();
    }

    /**
     * As {@link #parseOnOneThread}, every line with a syntax error through the generated parser, none replayed
     * ({@link Recoveries}): what a replay is compared with.
     */
    static SyntaxTree parseWithoutReplay(SourceText source) {
        return new ConfigParser.Run(source, true, false, false).run();
    }

    /** As {@link #parseOnOneThread}; adds to {@code replayed[0]} how many lines were replayed (for a test). */
    static SyntaxTree parseOnOneThread(SourceText source, int[] replayed) {
        Run run = new ConfigParser.Run(source, true, false, true);
        SyntaxTree tree = run.run();
        replayed[0] += run.replayed;
        return tree;
    }

    /**
     * As {@link #parse}, but every line through the generated parser, none through {@link LineParser}:
     * what the hand-written parser is compared with.
     */
    static SyntaxTree parseWithGrammarOnly(SourceText source) {
        return new ConfigParser.Run(source, false, true, false).run();
    }

    /** ANTLR token type to the project's kind: {@link XenTokenizer#kindOf}. */
    static TokenKind kindOf(int type) {
        return XenTokenizer.kindOf(type);
    }

    /**
     * The driver works on the project's tokens ({@link dev.xenlint.syntax.Token}, as the lexer makes
     * them); ANTLR's ({@code Token} here) are made only for a line that goes to the generated parser.
     */
    private static final class Run extends BaseErrorListener {
        private final SourceText source;
        private final XenTokenizer lexer;
        private final List<dev.xenlint.syntax.Token> own;
        /** What xl's own lexer and grammar make of the text, when worked out on the second thread ({@link #inTwo}). */
        private XlSyntax.Result xl;
        /** Whether {@link #inTwo} takes its chunks in turns on one thread (for a test), not as two threads are free. */
        private boolean inTurns;
        private final List<SyntaxError> errors = new ArrayList<>();
        private final List<LogicalLine> lines = new ArrayList<>();
        private final LineParser.Outcome outcome = new LineParser.Outcome();
        private SyntaxError lineError;
        private FriendlyErrorStrategy strategy;
        /** Whether lines go to {@link LineParser} first (else all to the generated parser). */
        private final boolean hand;
        /** The generated parser, made when the first line needs it (a line with a syntax error). */
        private XenParser parser;
        /**
         * The parser's token stream: each line gives it a new source, and its buffer is kept. A buffered stream,
         * not ANTLR's common one, which skips tokens off the parser's channel at every look and step: {@link
         * LineTokens} gives only tokens on it (a tenth of the parse of a file of error lines went to the skipping).
         */
        private LineStream stream;
        /** Index in {@link #tokens} of the first token of the logical line being parsed. */
        private int lineFirst;

        /** Whether a long file's lines may be parsed on two threads ({@link #inTwo}). */
        private final boolean twoThreads;
        /**
         * The generated parser's messages, each text kept once: its errors live as long as the tree, and a file
         * with an error on every line has a few distinct messages (issue 9).
         */
        private final java.util.HashMap<String, String> messages = new java.util.HashMap<>();

        /** Whether a line of the same token types as one the generated parser recovered is replayed. */
        private final boolean replay;
        private final Recoveries recoveries = new Recoveries();
        /** The token sets the generated parser's recovery has worked out, for this run's lines. */
        private final FriendlyErrorStrategy.Follow follow = new FriendlyErrorStrategy.Follow();
        /** How many lines were replayed. */
        private int replayed;
        /** The first error's token (as the parser read it) and message, as the listener had them. */
        private Token lineErrorToken;
        private String lineErrorMessage;
        /** Whether the generated parser ran out of stack on the line. */
        private boolean parserTooDeep;

        Run(SourceText source, boolean hand, boolean twoThreads, boolean replay) {
            this.source = source;
            this.hand = hand;
            this.twoThreads = twoThreads;
            this.replay = replay;
            this.lexer = new XenTokenizer(source.text(), source.name());
            this.own = lexer.tokens();
        }

        /** A run over the same text and tokens, with lists and a parser of its own: for another thread. */
        private Run(Run other) {
            this.source = other.source;
            this.hand = other.hand;
            this.twoThreads = false;
            this.replay = other.replay;
            this.lexer = other.lexer;
            this.own = other.own;
        }

        SyntaxTree run() {
            // what there is to do, in order: a logical line (first, last), or a stray token before a line's first
            // one (token, -1): `$memory`, a NUL, a BOM in the indentation
            int[] work = new int[64];
            int count = 0;
            int lineStart = -1;
            for (int i = 0, size = own.size(); i < size; i++) {
                dev.xenlint.syntax.Token t = own.get(i);
                TokenKind kind = t.kind();
                boolean visible = !kind.isTrivia(); // on ANTLR's default channel
                int first = -1;
                int last = -1;
                if (visible && kind != TokenKind.EOF && lineStart < 0) {
                    lineStart = i;
                } else if (lineStart < 0 && kind == TokenKind.ERROR) {
                    first = i;
                }
                boolean endsLine = kind == TokenKind.NEWLINE || kind == TokenKind.EOF;
                if (endsLine && lineStart >= 0) {
                    first = lineStart;
                    last = kind == TokenKind.EOF ? i - 1 : i;
                    lineStart = -1;
                }
                if (first >= 0) {
                    if (count + 2 > work.length) {
                        work = java.util.Arrays.copyOf(work, work.length * 2);
                    }
                    work[count++] = first;
                    work[count++] = last;
                }
            }
            int items = count / 2;
            if (twoThreads && source.text().length() >= PARALLEL_CHARS && items >= 2 && PROCESSORS > 1) {
                inTwo(work, items);
            } else {
                process(work, 0, items);
            }
            BlockBuilder blocks = new BlockBuilder(source, lines);
            List<Statement> statements = blocks.build();
            XlSyntax.Result xr = xl != null ? xl : XlSyntax.check(source);
            // the tokens: the lexer's own presized list, wrapped (not copied: nothing else holds it)
            return new SyntaxTree(source, java.util.Collections.unmodifiableList(own), List.copyOf(lines), statements,
                    List.copyOf(errors), List.copyOf(blocks.errors()), xr);
        }

        /** Items {@code from} to {@code to} (exclusive) of the work {@link #run} found, in order. */
        private void process(int[] work, int from, int to) {
            for (int k = from; k < to; k++) {
                int first = work[2 * k];
                int last = work[2 * k + 1];
                if (last < 0) {
                    checkLexical(own.get(first));
                } else {
                    parseLine(first, last);
                }
            }
        }

        /**
         * The work on two threads: this one and a run of its own on another, each taking the next of the
         * {@link ConfigParser#CHUNKS} runs of items until none is left, the other first working out what xl's parser makes of the
         * text ({@link XlSyntax#check}, into {@link #xl}); then the lines and errors of the chunks, in order.
         * Each logical line is parsed on its own, so the tree is the same as on one thread (a run's caches
         * only save work: {@code TwoThreadParseTest} compares), and on two cores the lines of a megabyte with a
         * syntax error on each parse in about half the time (issue 9). Chunks taken as the threads are free,
         * not halves, keep both busy to the end whatever the lines cost.
         */
        private void inTwo(int[] work, int items) {
            int chunks = Math.min(CHUNKS, items);
            Run second = new Run(this);
            Run[] owner = new Run[chunks];
            int[] linesEnd = new int[chunks];
            int[] errorsEnd = new int[chunks];
            XlSyntax.Result[] xlThere = new XlSyntax.Result[1];
            if (inTurns) {
                // for a test: the chunks taken in turns, on this thread, so that each run has every other one
                xlThere[0] = XlSyntax.check(source);
                for (int c = 0; c < chunks; c++) {
                    (c % 2 == 0 ? this : second).chunk(c, work, items, chunks, owner, linesEnd, errorsEnd);
                }
            } else {
                java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
                TwoThreads.run(new Runnable() { // classes, not lambdas: see StartupPathTest
                    @Override
                    public void run() {
                        for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                            chunk(c, work, items, chunks, owner, linesEnd, errorsEnd);
                        }
                    }
                }, new Runnable() {
                    @Override
                    public void run() {
                        xlThere[0] = XlSyntax.check(source);
                        for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                            second.chunk(c, work, items, chunks, owner, linesEnd, errorsEnd);
                        }
                    }
                }, "xenlint-parse");
            }
            xl = xlThere[0];
            List<LogicalLine> ownLines = new ArrayList<>(lines);
            List<SyntaxError> ownErrors = new ArrayList<>(errors);
            lines.clear();
            errors.clear();
            int lineFrom = 0;
            int errorFrom = 0;
            int secondLineFrom = 0;
            int secondErrorFrom = 0;
            for (int c = 0; c < chunks; c++) {
                if (owner[c] == this) {
                    lines.addAll(ownLines.subList(lineFrom, linesEnd[c]));
                    errors.addAll(ownErrors.subList(errorFrom, errorsEnd[c]));
                    lineFrom = linesEnd[c];
                    errorFrom = errorsEnd[c];
                } else {
                    lines.addAll(second.lines.subList(secondLineFrom, linesEnd[c]));
                    errors.addAll(second.errors.subList(secondErrorFrom, errorsEnd[c]));
                    secondLineFrom = linesEnd[c];
                    secondErrorFrom = errorsEnd[c];
                }
            }
        }

        /**
         * Chunk {@code c} of the work, items {@code c * items / chunks} to {@code (c + 1) * items / chunks}
         * (exclusive); notes that this run took it and the sizes of its lines and errors after it.
         */
        private void chunk(int c, int[] work, int items, int chunks, Run[] owner, int[] linesEnd, int[] errorsEnd) {
            process(work, (int) ((long) c * items / chunks), (int) ((long) (c + 1) * items / chunks));
            owner[c] = this;
            linesEnd[c] = lines.size();
            errorsEnd[c] = errors.size();
        }

        /** UTF-16 range of an ANTLR token (whose indexes count code points). */
        private TextRange range(Token token) {
            int start = source.offsetOfCodePoint(token.getStartIndex());
            if (token.getType() == Token.EOF || token.getStopIndex() < token.getStartIndex()) {
                return TextRange.empty(start);
            }
            return new TextRange(start, source.offsetOfCodePoint(token.getStopIndex() + 1));
        }

        /** Index in {@link #own} of the token starting where {@code copy} starts (the parser reads copies). */
        private int indexOf(Token copy) {
            int lo = 0;
            int hi = own.size() - 1;
            int start = copy.getStartIndex();
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int at = lexer.codePointStart(mid);
                if (at < start) {
                    lo = mid + 1;
                } else if (at > start) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return Math.max(0, Math.min(lo, own.size() - 1));
        }

        private void parseLine(int first, int last) {
            int lexicalErrors = errors.size();
            int depth = 0;
            int prefixRun = 0;
            int nestedTests = 0; // each `else` of a conditional and each lambda nests the rest of the expression
            dev.xenlint.syntax.Token tooDeep = null;
            int lastContent = first;
            for (int i = first; i <= last; i++) {
                dev.xenlint.syntax.Token t = own.get(i);
                checkLexical(t);
                TokenKind type = t.kind();
                if (type.isTrivia()) {
                    continue;
                }
                if (type != TokenKind.NEWLINE) {
                    lastContent = i;
                }
                switch (type) {
                    case LPAREN, LBRACK, LBRACE -> depth++;
                    case RPAREN, RBRACK, RBRACE -> depth = Math.max(0, depth - 1);
                    default -> { }
                }
                boolean prefix = type == TokenKind.MINUS || type == TokenKind.PLUS || type == TokenKind.TILDE
                        || type == TokenKind.NOT;
                prefixRun = prefix ? prefixRun + 1 : 0;
                if (type == TokenKind.ELSE || type == TokenKind.LAMBDA) {
                    nestedTests++;
                }
                if (tooDeep == null && depth + prefixRun + nestedTests > MAX_NESTING) {
                    tooDeep = t;
                }
            }
            boolean lexicalError = errors.size() > lexicalErrors;
            dev.xenlint.syntax.Token firstToken = own.get(first);
            dev.xenlint.syntax.Token lastToken = own.get(lastContent);
            TextRange range = new TextRange(Math.min(firstToken.start(), lastToken.start()),
                    Math.max(firstToken.end(), lastToken.end())); // as cover(), one object
            int indent = indentOf(range.start());
            Node lineTree = null;
            boolean incomplete = true;
            if (tooDeep != null) {
                errors.add(new SyntaxError(tooDeep.range(), "expression nested more than " + MAX_NESTING
                        + " levels deep; xenlint does not analyse this line"));
            } else {
                lineFirst = first;
                try {
                    lineTree = hand ? LineParser.parse(own, first, last, outcome) : null;
                } catch (LineParser.TooDeep deep) {
                    errors.add(new SyntaxError(deep.at.range(), "expression nested more than " + LineParser.MAX_DEPTH
                            + " levels deep; xenlint does not analyse this line"));
                    lines.add(new LogicalLine(null, range, indent, first, last, true, true));
                    return;
                }
                if (lineTree != null) {
                    // the hand-written parser's tree: of a line without a syntax error, or of one it recovers as the
                    // generated parser does (an operand missing at the end), with that parser's error
                    SyntaxError recovered = outcome.error;
                    incomplete = recovered != null;
                    if (recovered != null && !lexicalError) {
                        errors.add(recovered);
                    }
                } else {
                    lineTree = parseWithGrammar(first, last, !lexicalError);
                    incomplete = lineError != null;
                    if (lineError != null && !lexicalError) {
                        errors.add(lineError);
                    }
                }
            }
            boolean hasError = errors.size() > lexicalErrors;
            lines.add(new LogicalLine(lineTree, range, indent, first, last, hasError, incomplete));
        }

        /**
         * The line through the generated parser, on copies of its visible tokens; sets {@link #lineError}.
         * The copies are made as the parser reads them ({@link LineTokens}): a line it gives up on after
         * {@link FriendlyErrorStrategy#MAX_RECOVERIES} is not copied in full.
         */
        private Node parseWithGrammar(int first, int last, boolean shown) {
            Recoveries.Key key = null;
            int[] visible = null;
            if (replay) {
                int n = 0;
                for (int i = first; i <= last; i++) {
                    if (!own.get(i).kind().isTrivia()) {
                        n++;
                    }
                }
                if (n <= Recoveries.MAX_TOKENS) {
                    visible = new int[n];
                    int[] types = new int[n];
                    for (int i = first, k = 0; i <= last; i++) {
                        TokenKind kind = own.get(i).kind();
                        if (!kind.isTrivia()) {
                            visible[k] = i;
                            types[k++] = XenTokenizer.typeOf(kind);
                        }
                    }
                    key = new Recoveries.Key(types, shown);
                    Recoveries.Recovery kept = recoveries.get(key);
                    if (kept != null) {
                        return replayed(kept, visible, last);
                    }
                }
            }
            if (parser == null) {
                parser = new XenParser(null);
                parser.setInterpreter(new LinePrediction(parser, parser.getInterpreter()));
                parser.removeErrorListeners();
                if (hand) {
                    parser.addErrorListener(this);
                }
            }
            CommonToken lastToken = lexer.antlrToken(last);
            CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
            int eofAt = lastToken.getType() == XenLexer.NEWLINE ? lastToken.getStartIndex() : lastToken.getStopIndex() + 1;
            eof.setStartIndex(eofAt);
            eof.setStopIndex(eofAt - 1);
            eof.setLine(lastToken.getLine());
            LineTokens tokens = new LineTokens(first, last, eof);
            XenParser.LineContext parsed = parseTokens(tokens, shown);
            dev.xenlint.syntax.Token end = new dev.xenlint.syntax.Token(TokenKind.EOF, "", range(eof));
            Node tree = parsed == null ? null
                    : ParseTreeConversion.convert(parsed, new java.util.function.Function<Token, dev.xenlint.syntax.Token>() {
                        @Override
                        public dev.xenlint.syntax.Token apply(Token t) { // a class, not a lambda: see StartupPathTest
                            return t == null || t == eof ? end : tokens.own(t);
                        }
                    });
            if (key != null) {
                keep(key, tree, visible, tokens, end, shown);
            }
            return tree;
        }

        /**
         * Keeps what the generated parser made of a line ({@link Recoveries}), unless its first error came from
         * elsewhere than {@link FriendlyErrorStrategy#message} (or its fixed text), or the parser ran out of stack.
         */
        private void keep(Recoveries.Key key, Node tree, int[] visible, LineTokens tokens,
                          dev.xenlint.syntax.Token end, boolean shown) {
            if (parserTooDeep || recoveries.full()) {
                return;
            }
            int n = visible.length;
            int errorAt = -1;
            boolean made = false;
            if (lineError != null) {
                errorAt = lineErrorToken.getTokenIndex();
                dev.xenlint.syntax.Token at = errorAt == n ? null : tokens.own(lineErrorToken);
                boolean read = errorAt == n ? lineErrorToken == tokens.eof : at != null && at == own.get(visible[errorAt]);
                if (!read) {
                    return;
                }
                made = shown && lineErrorMessage == strategy.firstText() && errorAt == strategy.firstIndex();
                if (!made && (shown || !FriendlyErrorStrategy.FURTHER.equals(lineErrorMessage))) {
                    return;
                }
            }
            Recoveries.Shape shape = null;
            if (tree != null) {
                java.util.IdentityHashMap<dev.xenlint.syntax.Token, Integer> index = new java.util.IdentityHashMap<>(2 * n + 2);
                for (int k = 0; k < n; k++) {
                    index.put(own.get(visible[k]), k);
                }
                index.put(end, n);
                try {
                    shape = Recoveries.Shape.of(tree, index);
                } catch (Recoveries.NotKept notAmongTheLines) {
                    return;
                }
            }
            recoveries.put(key, new Recoveries.Recovery(shape, errorAt, made, made ? strategy.firstExpected() : null,
                    made ? strategy.firstRead() : 0));
        }

        /**
         * The tree and first error of a line of the same token types as one kept, over this line's tokens
         * ({@code visible}: their indexes in {@link #own}); sets {@link #lineError} as a parse would.
         */
        private Node replayed(Recoveries.Recovery kept, int[] visible, int last) {
            replayed++;
            int n = visible.length;
            dev.xenlint.syntax.Token lastOwn = own.get(last);
            int endAt = lastOwn.kind().isNewline() ? lastOwn.start() : lastOwn.end();
            lineError = null;
            int at = kept.errorAt();
            if (at >= 0) {
                TextRange range;
                if (at == n) {
                    range = TextRange.empty(endAt);
                } else {
                    dev.xenlint.syntax.Token t = own.get(visible[at]);
                    range = t.kind().isNewline() ? TextRange.empty(t.start()) : t.range();
                }
                String message = FriendlyErrorStrategy.FURTHER;
                SyntaxError.Repair repair = null;
                if (kept.made()) {
                    FriendlyErrorStrategy.Message m = FriendlyErrorStrategy.message(
                            new OwnTokens(visible, kept.read(), endAt), at, kept.expected(), source);
                    message = m.text();
                    if (m.secondStatement() == at) {
                        repair = lineBreakBefore(visible[at]);
                    }
                }
                String interned = messages.putIfAbsent(message, message);
                lineError = new SyntaxError(range, interned != null ? interned : message, repair);
            }
            if (kept.tree() == null) {
                return null;
            }
            dev.xenlint.syntax.Token[] tokens = new dev.xenlint.syntax.Token[n + 1];
            for (int k = 0; k < n; k++) {
                tokens[k] = own.get(visible[k]);
            }
            tokens[n] = new dev.xenlint.syntax.Token(TokenKind.EOF, "", endAt);
            return kept.tree().over(tokens);
        }

        /** A line's own tokens as the generated parser would have read them: the first {@code read}, then its end. */
        private final class OwnTokens implements FriendlyErrorStrategy.ReadTokens {
            private final int[] visible;
            private final int read;
            private final int endAt;

            OwnTokens(int[] visible, int read, int endAt) {
                this.visible = visible;
                this.read = read;
                this.endAt = endAt;
            }

            @Override
            public int size() {
                return read;
            }

            @Override
            public int type(int i) {
                return i < visible.length ? XenTokenizer.typeOf(own.get(visible[i]).kind()) : Token.EOF;
            }

            @Override
            public String text(int i) {
                return i < visible.length ? own.get(visible[i]).text() : "<EOF>";
            }

            @Override
            public int offset(int i) {
                return i < visible.length ? own.get(visible[i]).start() : endAt;
            }
        }

        /**
         * ANTLR's buffered stream, with a look at a token already read taken straight from the buffer: the
         * parser looks at the next token at every decision and step, each time through a set-up check and a sync
         * that then do nothing (what a look at a token not yet read does, and what is read when, is the stock
         * stream's).
         */
        private static final class LineStream extends BufferedTokenStream {
            LineStream(org.antlr.v4.runtime.TokenSource source) {
                super(source);
            }

            @Override
            public Token LT(int k) {
                int i = p + k - 1;
                if (k > 0 && p >= 0 && i < tokens.size()) {
                    return tokens.get(i);
                }
                return super.LT(k);
            }

            /**
             * The stock stream's fetch (ANTLR 4.13.2), with each token numbered through its class: the stock one
             * tests for the WritableToken interface, and on CommonToken, tested for Token elsewhere in turn, that
             * missed the JVM's one-entry cache of its interfaces (a call into the VM) at every token. LineTokens
             * gives only CommonTokens.
             */
            @Override
            protected int fetch(int n) {
                if (fetchedEOF) {
                    return 0;
                }
                for (int i = 0; i < n; i++) {
                    CommonToken t = (CommonToken) tokenSource.nextToken();
                    t.setTokenIndex(tokens.size());
                    tokens.add(t);
                    if (t.getType() == Token.EOF) {
                        fetchedEOF = true;
                        return i + 1;
                    }
                }
                return n;
            }
        }

        /**
         * The visible tokens of {@code own[first..last]} as the generated parser reads them, each copied
         * ({@link XenTokenizer#antlrToken}) when the parser's stream asks for it, then {@code eof}. The
         * stream numbers the tokens it fetches 0, 1, ... in this order, which maps a copy back to the
         * project's token without a map (tokens invented by error recovery are not copies: null).
         */
        private final class LineTokens implements org.antlr.v4.runtime.TokenSource {
            private final int last;
            final Token eof;
            private int next;
            private final List<Token> copies = new ArrayList<>();
            private int[] ownIndex = new int[16];

            LineTokens(int first, int last, Token eof) {
                this.next = first;
                this.last = last;
                this.eof = eof;
            }

            @Override
            public Token nextToken() {
                while (next <= last && own.get(next).kind().isTrivia()) {
                    next++;
                }
                if (next > last) {
                    return eof;
                }
                CommonToken copy = lexer.antlrToken(next);
                if (copies.size() == ownIndex.length) {
                    ownIndex = java.util.Arrays.copyOf(ownIndex, ownIndex.length * 2);
                }
                ownIndex[copies.size()] = next++;
                copies.add(copy);
                return copy;
            }

            /** The project's token a copy was made from, or null for a token that is no copy. */
            dev.xenlint.syntax.Token own(Token copy) {
                int k = copy.getTokenIndex();
                return k >= 0 && k < copies.size() && copies.get(k) == copy ? own.get(ownIndex[k]) : null;
            }

            /** The first token of the line: the first copy, or the end when the line has none. */
            Token first() {
                return copies.isEmpty() ? eof : copies.get(0);
            }

            @Override
            public int getLine() {
                return eof.getLine();
            }

            @Override
            public int getCharPositionInLine() {
                return -1;
            }

            @Override
            public org.antlr.v4.runtime.CharStream getInputStream() {
                return lexer.getInputStream();
            }

            @Override
            public String getSourceName() {
                return lexer.getSourceName();
            }

            @Override
            public void setTokenFactory(org.antlr.v4.runtime.TokenFactory<?> factory) {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.antlr.v4.runtime.TokenFactory<?> getTokenFactory() {
                return org.antlr.v4.runtime.CommonTokenFactory.DEFAULT;
            }
        }

        /**
         * The line's tree from the generated parser, or null when it gave up on the line. A line the
         * hand-written parser refused has a syntax error, so SLL prediction (which fails on every line
         * with an error, after reading up to it and building a tree) is tried first only without it
         * ({@link #parseWithGrammarOnly}); full LL with recovery gives the same tree as SLL for a line
         * SLL accepts.
         */
        private XenParser.LineContext parseTokens(LineTokens tokens, boolean shown) {
            if (stream == null) {
                stream = new LineStream(tokens);
            } else {
                stream.setTokenSource(tokens);
            }
            lineError = null;
            lineErrorToken = null;
            lineErrorMessage = null;
            parserTooDeep = false;
            parser.setTokenStream(stream);
            try {
                if (!hand) {
                    parser.removeErrorListeners();
                    parser.setErrorHandler(new BailErrorStrategy());
                    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                    try {
                        return parser.line();
                    } catch (ParseCancellationException sllFailed) {
                        stream.seek(0);
                        parser.reset();
                    }
                }
                if (!hand) {
                    parser.addErrorListener(this);
                }
                strategy = new FriendlyErrorStrategy(source, shown, follow);
                parser.setErrorHandler(strategy);
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    return parser.line();
                } catch (ParseCancellationException tooManyErrors) {
                    return null; // lineError holds the first error; the rest of the line is not analysed
                }
            } catch (StackOverflowError deep) {
                parserTooDeep = true;
                lineError = new SyntaxError(range(tokens.first()),
                        "expression nested too deeply; xenlint does not analyse this line");
                return null;
            }
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
                                RecognitionException e) {
            if (lineError == null) {
                Token token = (Token) offendingSymbol;
                TextRange range = token.getType() == XenLexer.NEWLINE
                        ? TextRange.empty(source.offsetOfCodePoint(token.getStartIndex()))
                        : range(token);
                String kept = messages.putIfAbsent(msg, msg);
                lineErrorToken = token;
                lineErrorMessage = msg;
                lineError = new SyntaxError(range, kept != null ? kept : msg,
                        strategy != null && strategy.secondStatement() == token ? lineBreakBefore(indexOf(token)) : null);
            }
        }

        /**
         * The repair of two statements on one line: a line break before the second, indented as the line
         * is (inside a Python block it stays in the block); after a block header's colon ({@code if x: a=1
         * b=2}), a {@code ;} instead, which keeps both statements in the block.
         *
         * @param index the second statement's first token, in {@link #own}
         */
        private SyntaxError.Repair lineBreakBefore(int index) {
            dev.xenlint.syntax.Token second = own.get(index);
            int before = index - 1;
            while (before > lineFirst && own.get(before).kind().isTrivia()) {
                before--;
            }
            TextRange gap = new TextRange(own.get(before).end(), second.start());
            String between = source.text().substring(gap.start(), gap.end());
            if (between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0) {
                return null; // on lines of their own already, joined by a backslash: backslash-joins-lines repairs that
            }
            boolean inlineBlock = false;
            int depth = 0;
            if (TokenNames.isCompoundKeyword(XenTokenizer.typeOf(own.get(lineFirst).kind()))) {
                for (int i = lineFirst; i < index; i++) {
                    switch (own.get(i).kind()) {
                        case LPAREN, LBRACK, LBRACE -> depth++;
                        case RPAREN, RBRACK, RBRACE -> depth--;
                        case COLON -> inlineBlock |= depth == 0;
                        default -> { }
                    }
                }
            }
            if (inlineBlock) {
                return SyntaxError.Repair.of("separate the statements with `;`", gap, "; ");
            }
            String text = source.text();
            int start = own.get(lineFirst).start();
            int lineStart = start;
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
                lineStart--;
            }
            String indentation = text.substring(lineStart, start);
            if (!indentation.isBlank()) {
                return null; // a stray character before the statement: not indentation to copy
            }
            return SyntaxError.Repair.of("put the second statement on a line of its own", gap,
                    source.lineEnding() + indentation);
        }

        private void checkLexical(dev.xenlint.syntax.Token t) {
            if (t.kind() == TokenKind.ERROR) {
                errors.add(lexical(t, LexicalCase.STRAY));
            } else if (t.kind() == TokenKind.STRING) {
                String text = t.text();
                if (Typography.isTypographicString(text)) {
                    errors.add(lexical(t, LexicalCase.TYPOGRAPHIC));
                } else if (StringLiterals.missingTerminator(text) != null) {
                    errors.add(lexical(t, LexicalCase.UNTERMINATED));
                }
            }
        }

        private enum LexicalCase { STRAY, TYPOGRAPHIC, UNTERMINATED }

        /**
         * The lexical errors made so far, by case and token text, each as if its token started at offset 0: such an
         * error is a function of the token's text alone, and a file with one on every line mostly repeats a
         * few (random bytes, a pasted line), whose messages are then made once and shared (issue 9).
         */
        private final java.util.Map<String, SyntaxError> strays = new java.util.HashMap<>();
        private final java.util.Map<String, SyntaxError> typographic = new java.util.HashMap<>();
        private final java.util.Map<String, SyntaxError> unterminated = new java.util.HashMap<>();

        /** The error of {@code t}, which has one of the kind given. */
        private SyntaxError lexical(dev.xenlint.syntax.Token t, LexicalCase kind) {
            String text = t.text();
            TextRange r = t.range();
            if (r.length() != text.length()) {
                return lexicalAt(kind, text, r); // not the source's text: made for this range alone
            }
            java.util.Map<String, SyntaxError> made = switch (kind) {
                case STRAY -> strays;
                case TYPOGRAPHIC -> typographic;
                case UNTERMINATED -> unterminated;
            };
            SyntaxError atZero = made.get(text);
            if (atZero == null) {
                atZero = lexicalAt(kind, text, new TextRange(0, text.length()));
                made.put(text, atZero);
            }
            return moved(atZero, r.start());
        }

        private static SyntaxError lexicalAt(LexicalCase kind, String text, TextRange r) {
            return switch (kind) {
                case STRAY -> strayCharacter(text, r);
                case TYPOGRAPHIC -> typographicString(text, r);
                case UNTERMINATED -> unterminated(text, r, StringLiterals.missingTerminator(text));
            };
        }

        /** {@code e} with its range and its repair's moved {@code by} characters on. */
        private static SyntaxError moved(SyntaxError e, int by) {
            TextRange range = new TextRange(e.range().start() + by, e.range().end() + by);
            if (e.repair() == null) {
                return new SyntaxError(range, e.message());
            }
            List<SyntaxError.Replacement> replacements = e.repair().replacements();
            SyntaxError.Replacement[] at = new SyntaxError.Replacement[replacements.size()];
            for (int i = 0; i < at.length; i++) {
                SyntaxError.Replacement x = replacements.get(i);
                at[i] = new SyntaxError.Replacement(new TextRange(x.range().start() + by, x.range().end() + by), x.text());
            }
            return new SyntaxError(range, e.message(), new SyntaxError.Repair(e.repair().description(), List.of(at)));
        }

        /** A string that lacks its closing quote; when it holds a typographic quote, that one was meant. */
        private static SyntaxError unterminated(String text, TextRange r, String missing) {
            String message = "unterminated string: add the closing `" + missing + "`"
                    + (missing.length() == 3 ? " (the string runs to the end of the file)" : "");
            if (missing.length() == 1) {
                for (int i = 1; i < text.length(); i++) {
                    char c = text.charAt(i);
                    // 'web’] : the typographic quote is where the string was meant to end; not one after a
                    // backslash, which the straight quote would not end ("\»» became "\"», and then "\"")
                    if (Typography.isQuote(c) && StringLiterals.missingTerminator(text.substring(0, i) + missing) == null) {
                        return new SyntaxError(r, message + "; the `" + c + "` (" + Typography.code(c)
                                + ") in it is a typographic quote, not a `" + missing + "`",
                                SyntaxError.Repair.of("replace the typographic quote with " + missing,
                                        new TextRange(r.start() + i, r.start() + i + 1), missing));
                    }
                }
            }
            return new SyntaxError(r, message);
        }

        /** One finding per string in typographic quotes, with straight quotes as its repair. */
        private static SyntaxError typographicString(String text, TextRange r) {
            char open = text.charAt(0);
            char close = text.charAt(text.length() - 1);
            char straight = Typography.straightQuote(text);
            String quotes = open == close ? "`" + open + "` (" + Typography.code(open) + ")"
                    : "`" + open + "` and `" + close + "` (" + Typography.code(open) + ", " + Typography.code(close)
                    + ")";
            String message = "a string in typographic quotes " + quotes
                    + ", as copied from a formatted document: xl and Python take only `'` and `\"` as quotes, "
                    + "so both refuse the file; ";
            if (straight == 0) {
                return new SyntaxError(r, message + "write it between `'` or `\"` (the text holds both)");
            }
            String fixed = straight + text.substring(1, text.length() - 1) + straight;
            if (StringLiterals.missingTerminator(fixed) != null) {
                // “C:\” : with straight quotes the backslash would escape the closing one
                return new SyntaxError(r, message + "write it between `'` or `\"` (mind the backslash before the "
                        + "closing quote)");
            }
            String shown = fixed.length() <= 40 ? fixed : fixed.substring(0, 36) + "..." + straight;
            return new SyntaxError(r, message + "write `" + shown + "`", new SyntaxError.Repair(
                    "replace the typographic quotes with " + straight,
                    List.of(new SyntaxError.Replacement(new TextRange(r.start(), r.start() + 1), String.valueOf(straight)),
                            new SyntaxError.Replacement(new TextRange(r.end() - 1, r.end()), String.valueOf(straight)))));
        }

        private static SyntaxError strayCharacter(String text, TextRange r) {
            int cp = text.codePointAt(0);
            if (cp == '\\') {
                return new SyntaxError(r, "unexpected `\\`: a backslash outside a string must be the last character of its line");
            }
            if (Typography.isOddSpace(cp)) {
                return new SyntaxError(r, "unexpected character: " + Typography.describe(cp)
                        + "; write a plain space or remove it",
                        SyntaxError.Repair.of("replace " + Typography.name(cp) + " with a plain space", r, " "));
            }
            if (Typography.isInvisible(cp)) {
                return new SyntaxError(r, "unexpected character: " + Typography.describe(cp)
                        + "; write a plain space or remove it",
                        SyntaxError.Repair.of("remove " + Typography.name(cp), r, ""));
            }
            if (Typography.isQuote(cp)) {
                return new SyntaxError(r, "unexpected character: " + Typography.describe(cp)
                        + " with no closing one on its line; xl and Python take only `'` and `\"` as quotes");
            }
            if (Typography.isDash(cp)) {
                return new SyntaxError(r, "unexpected character: " + Typography.describe(cp)
                        + "; xl and Python read only the plain `-` as a minus");
            }
            String shown = Character.isISOControl(cp) || Character.isWhitespace(cp)
                    ? Typography.code(cp)
                    : "`" + text + "` (" + Typography.code(cp) + ")";
            return new SyntaxError(r, "unexpected character " + shown);
        }

        private int indentOf(int offset) {
            String text = source.text();
            int lineStart = offset;
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
                lineStart--;
            }
            int width = 0;
            for (int i = lineStart; i < offset; i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t' && c != '\f') {
                    break; // a stray character before the first token is reported; it is not indentation
                }
                width = c == '\t' ? (width / 8 + 1) * 8 : width + 1;
            }
            return width;
        }
    }
}
