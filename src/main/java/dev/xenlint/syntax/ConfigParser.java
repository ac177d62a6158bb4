package dev.xenlint.syntax;

import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Turns a {@link SourceText} into a {@link SyntaxTree}. Never throws on bad
 * input: lexical problems are tokens of their own, each logical line is parsed
 * on its own (SLL prediction first, full LL only when SLL fails), and sizes
 * and nesting are bounded so that no input exhausts the stack or the heap.
 */
public final class ConfigParser {

    /** Largest file read; real domain configs are a few KiB. */
    public static final int MAX_FILE_CHARS = dev.xenlint.text.SizeLimit.MAX_BYTES;
    /** Deepest nesting of brackets and prefix operators within one logical line. */
    public static final int MAX_NESTING = 100;

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
        return new ConfigParser.Run(source).run();
    }

    /** ANTLR token type to the project's kind (a NEWLINE on the hidden channel is {@link TokenKind#NL}). */
    private static final TokenKind[] KINDS = kinds();

    private static TokenKind[] kinds() {
        Vocabulary v = XenLexer.VOCABULARY;
        TokenKind[] kinds = new TokenKind[v.getMaxTokenType() + 1];
        for (int type = 1; type < kinds.length; type++) {
            String name = v.getSymbolicName(type);
            kinds[type] = switch (name) {
                case "WS" -> TokenKind.WHITESPACE;
                case "ERROR_CHAR" -> TokenKind.ERROR;
                default -> TokenKind.valueOf(name);
            };
        }
        return kinds;
    }

    private static final class Run extends BaseErrorListener {
        private final SourceText source;
        private final List<org.antlr.v4.runtime.Token> tokens = new ArrayList<>();
        private final List<Token> own = new ArrayList<>();
        private final List<SyntaxError> errors = new ArrayList<>();
        private final List<LogicalLine> lines = new ArrayList<>();
        private SyntaxError lineError;

        Run(SourceText source) {
            this.source = source;
        }

        SyntaxTree run() {
            XenLexer lexer = new XenLexer(CharStreams.fromString(source.text(), source.name()));
            lexer.removeErrorListeners();
            for (org.antlr.v4.runtime.Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
                ((CommonToken) t).setTokenIndex(tokens.size());
                tokens.add(t);
                own.add(ownToken(t));
                if (t.getType() == org.antlr.v4.runtime.Token.EOF) {
                    break;
                }
            }
            XenParser parser = new XenParser(null);
            parser.removeErrorListeners();
            int lineStart = -1;
            for (int i = 0; i < tokens.size(); i++) {
                org.antlr.v4.runtime.Token t = tokens.get(i);
                boolean visible = t.getChannel() == org.antlr.v4.runtime.Token.DEFAULT_CHANNEL;
                if (visible && t.getType() != org.antlr.v4.runtime.Token.EOF && lineStart < 0) {
                    lineStart = i;
                } else if (lineStart < 0 && t.getChannel() == XenLexer.ERRORS) {
                    checkLexical(t); // before a line's first token (`$memory`, a NUL, a BOM in the indentation)
                }
                boolean endsLine = visible && (t.getType() == XenLexer.NEWLINE || t.getType() == org.antlr.v4.runtime.Token.EOF);
                if (endsLine && lineStart >= 0) {
                    parseLine(parser, lineStart, t.getType() == org.antlr.v4.runtime.Token.EOF ? i - 1 : i);
                    lineStart = -1;
                }
            }
            BlockBuilder blocks = new BlockBuilder(source, lines);
            List<Statement> statements = blocks.build();
            return new SyntaxTree(source, List.copyOf(own), List.copyOf(lines), statements, List.copyOf(errors),
                    List.copyOf(blocks.errors()), XlSyntax.check(source));
        }

        private Token ownToken(org.antlr.v4.runtime.Token t) {
            TokenKind kind = t.getType() == org.antlr.v4.runtime.Token.EOF ? TokenKind.EOF
                    : t.getType() == XenLexer.NEWLINE && t.getChannel() != org.antlr.v4.runtime.Token.DEFAULT_CHANNEL ? TokenKind.NL
                    : KINDS[t.getType()];
            return new Token(kind, t.getType() == org.antlr.v4.runtime.Token.EOF ? "" : t.getText(), range(t));
        }

        /** UTF-16 range of an ANTLR token (whose indexes count code points). */
        private TextRange range(org.antlr.v4.runtime.Token token) {
            int start = source.offsetOfCodePoint(token.getStartIndex());
            if (token.getType() == org.antlr.v4.runtime.Token.EOF || token.getStopIndex() < token.getStartIndex()) {
                return TextRange.empty(start);
            }
            return new TextRange(start, source.offsetOfCodePoint(token.getStopIndex() + 1));
        }

        private void parseLine(XenParser parser, int first, int last) {
            List<org.antlr.v4.runtime.Token> visible = new ArrayList<>();
            Map<org.antlr.v4.runtime.Token, Token> copies = new IdentityHashMap<>();
            int lexicalErrors = errors.size();
            int depth = 0;
            int prefixRun = 0;
            int nestedTests = 0; // each `else` of a conditional and each lambda nests the rest of the expression
            org.antlr.v4.runtime.Token tooDeep = null;
            int lastContent = first;
            for (int i = first; i <= last; i++) {
                org.antlr.v4.runtime.Token t = tokens.get(i);
                checkLexical(t);
                if (t.getChannel() != org.antlr.v4.runtime.Token.DEFAULT_CHANNEL) {
                    continue;
                }
                int type = t.getType();
                if (type != XenLexer.NEWLINE) {
                    lastContent = i;
                }
                switch (type) {
                    case XenLexer.LPAREN, XenLexer.LBRACK, XenLexer.LBRACE -> depth++;
                    case XenLexer.RPAREN, XenLexer.RBRACK, XenLexer.RBRACE -> depth = Math.max(0, depth - 1);
                    default -> { }
                }
                boolean prefix = type == XenLexer.MINUS || type == XenLexer.PLUS || type == XenLexer.TILDE
                        || type == XenLexer.NOT;
                prefixRun = prefix ? prefixRun + 1 : 0;
                if (type == XenLexer.ELSE || type == XenLexer.LAMBDA) {
                    nestedTests++;
                }
                if (tooDeep == null && depth + prefixRun + nestedTests > MAX_NESTING) {
                    tooDeep = t;
                }
                CommonToken copy = new CommonToken(t);
                visible.add(copy);
                copies.put(copy, own.get(i));
            }
            boolean lexicalError = errors.size() > lexicalErrors;
            TextRange range = own.get(first).range().cover(own.get(lastContent).range());
            int indent = indentOf(range.start());
            Node lineTree = null;
            boolean incomplete = true;
            if (tooDeep != null) {
                errors.add(new SyntaxError(range(tooDeep), "expression nested more than " + MAX_NESTING
                        + " levels deep; xenlint does not analyse this line"));
            } else {
                XenParser.LineContext parsed = parseTokens(parser, visible, tokens.get(last));
                if (parsed != null) {
                    org.antlr.v4.runtime.Token eof = visible.get(visible.size() - 1);
                    Token end = new Token(TokenKind.EOF, "", range(eof));
                    lineTree = ParseTreeConversion.convert(parsed, t -> t == null || t == eof ? end : copies.get(t));
                }
                incomplete = lineError != null;
                if (lineError != null && !lexicalError) {
                    errors.add(lineError);
                }
            }
            boolean hasError = errors.size() > lexicalErrors;
            lines.add(new LogicalLine(lineTree, range, indent, first, last, hasError, incomplete));
        }

        private XenParser.LineContext parseTokens(XenParser parser, List<org.antlr.v4.runtime.Token> visible,
                                                  org.antlr.v4.runtime.Token lastToken) {
            CommonToken eof = new CommonToken(org.antlr.v4.runtime.Token.EOF, "<EOF>");
            int eofAt = lastToken.getType() == XenLexer.NEWLINE ? lastToken.getStartIndex() : lastToken.getStopIndex() + 1;
            eof.setStartIndex(eofAt);
            eof.setStopIndex(eofAt - 1);
            eof.setLine(lastToken.getLine());
            visible.add(eof);
            CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(visible));
            lineError = null;
            parser.setTokenStream(stream);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            try {
                return parser.line();
            } catch (ParseCancellationException sllFailed) {
                stream.seek(0);
                parser.reset();
                parser.addErrorListener(this);
                parser.setErrorHandler(new FriendlyErrorStrategy(source));
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    return parser.line();
                } catch (ParseCancellationException tooManyErrors) {
                    return null; // lineError holds the first error; the rest of the line is not analysed
                } catch (StackOverflowError deep) {
                    lineError = new SyntaxError(range(visible.get(0)),
                            "expression nested too deeply; xenlint does not analyse this line");
                    return null;
                }
            } catch (StackOverflowError deep) {
                lineError = new SyntaxError(range(visible.get(0)),
                        "expression nested too deeply; xenlint does not analyse this line");
                return null;
            }
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
                                RecognitionException e) {
            if (lineError == null) {
                org.antlr.v4.runtime.Token token = (org.antlr.v4.runtime.Token) offendingSymbol;
                TextRange range = token.getType() == XenLexer.NEWLINE
                        ? TextRange.empty(source.offsetOfCodePoint(token.getStartIndex()))
                        : range(token);
                lineError = new SyntaxError(range, msg);
            }
        }

        private void checkLexical(org.antlr.v4.runtime.Token t) {
            if (t.getChannel() == XenLexer.ERRORS) {
                errors.add(new SyntaxError(range(t), strayCharacterMessage(t.getText())));
            } else if (t.getType() == XenLexer.STRING) {
                String missing = StringLiterals.missingTerminator(t.getText());
                if (missing != null) {
                    TextRange r = range(t);
                    errors.add(new SyntaxError(r, "unterminated string: add the closing `" + missing + "`"
                            + (missing.length() == 3 ? " (the string runs to the end of the file)" : "")));
                }
            }
        }

        private static String strayCharacterMessage(String text) {
            int cp = text.codePointAt(0);
            if (cp == '\\') {
                return "unexpected `\\`: a backslash outside a string must be the last character of its line";
            }
            String named = switch (cp) {
                case 0x00A0 -> "non-breaking space";
                case 0x2007 -> "figure space";
                case 0x202F -> "narrow non-breaking space";
                case 0x200B -> "zero-width space";
                case 0xFEFF -> "byte order mark (zero-width no-break space)";
                default -> null;
            };
            if (named != null) {
                return String.format("unexpected character: a %s (U+%04X); write a plain space or remove it", named, cp);
            }
            String shown = Character.isISOControl(cp) || Character.isWhitespace(cp)
                    ? String.format("U+%04X", cp)
                    : "`" + text + "` (U+" + String.format("%04X", cp) + ")";
            return "unexpected character " + shown;
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
