package dev.xenlint.syntax;

import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.text.TextRange;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The lexer of both dialects, written by hand: it yields the project's {@link dev.xenlint.syntax.Token}s
 * directly (kind, text, UTF-16 range), and on request exactly the tokens of the grammar's
 * {@code XenLexer} (same types, channels, code-point indexes, lines and columns; lossless, every
 * character no rule takes an {@code ERROR_CHAR} on the ERRORS channel), which the grammar stays
 * the specification of and {@code XenTokenizerTest} compares it with. It reads the text directly
 * instead of simulating the lexer's state machine: about ten times less work per character; and
 * ANTLR's tokens, their code-point indexes, lines and columns are made only for a line that goes to
 * the generated parser (a line with a syntax error), not for every token of every file.
 *
 * <p>Newlines follow {@code XenLexerBase}: one ends a logical line only at bracket depth zero and
 * after a line with content, and a line at column zero inside an unclosed {@code [} that starts
 * with {@code name =} ends the list.
 */
final class XenTokenizer implements TokenSource {

    /**
     * The texts of the one-character ASCII tokens (a space, `=`, `,`, a newline, a one-letter name: about
     * half of the tokens of a config), made once instead of once per token.
     */
    private static final String[] ONE_CHAR = new String[128];

    static {
        for (char c = 0; c < ONE_CHAR.length; c++) {
            ONE_CHAR[c] = String.valueOf(c);
        }
    }

    private static final TokenKind[] KIND_VALUES = TokenKind.values();

    /** Longest token text {@link #textOf} looks up among the texts made before. */
    private static final int SHARED_MAX = 16;

    private final String text;
    /** The text as an array: indexing it is much cheaper than {@code String.charAt} before the JIT's last tier. */
    private final char[] chars;
    private final String name;
    /** ANTLR's copy of the text, made only if someone asks for it (the parser's error recovery may). */
    private CharStream input;
    private final Pair<TokenSource, CharStream> source;
    /** Position in {@link #text} (UTF-16). */
    private int pos;
    /** Opening bracket characters not yet closed, innermost last. */
    private final StringBuilder openBrackets = new StringBuilder();
    private int lastVisibleType = Token.INVALID_TYPE;
    /** The tokens, the last one EOF; null until {@link #tokens()}. */
    private java.util.ArrayList<dev.xenlint.syntax.Token> tokens;
    /**
     * For each token, and one past the last, its first code point's index, line and column, ANTLR's
     * positions; null until an ANTLR token is asked for.
     */
    private volatile Positions positions;

    /** The three arrays, made together: two threads may parse lines of one file ({@code ConfigParser}). */
    private record Positions(int[] codePoints, int[] lines, int[] columns) {
    }
    /** Short token texts made so far, by hash (a slot keeps the last text that fell in it). */
    private final String[] shared = new String[256];
    /** The next token {@link #nextToken()} gives. */
    private int next;

    XenTokenizer(String text, String name) {
        this.text = text;
        this.chars = text.toCharArray();
        this.name = name;
        this.source = new Pair<>(this, null); // tokens carry their text
    }

    /** Every token of the text, the last one an empty EOF; lexed on the first call. */
    java.util.List<dev.xenlint.syntax.Token> tokens() {
        if (tokens == null) {
            // about one token per three characters in the corpus
            java.util.ArrayList<dev.xenlint.syntax.Token> out = new java.util.ArrayList<>(16 + chars.length / 3);
            while (pos < chars.length) {
                out.add(scanToken());
            }
            out.add(new dev.xenlint.syntax.Token(TokenKind.EOF, "", chars.length));
            tokens = out;
        }
        return tokens;
    }

    private dev.xenlint.syntax.Token scanToken() {
        int startPos = pos;
        int type = scan();
        String tokenText = textOf(startPos, pos);
        TokenKind kind = kindOf(type);
        switch (type) {
            case XenLexer.LPAREN, XenLexer.LBRACK, XenLexer.LBRACE -> openBrackets.append(chars[startPos]);
            case XenLexer.RPAREN, XenLexer.RBRACK, XenLexer.RBRACE -> {
                if (openBrackets.length() > 0) {
                    openBrackets.setLength(openBrackets.length() - 1);
                }
            }
            case XenLexer.NEWLINE -> {
                if (openBrackets.length() > 0 && nextLineStartsStatement()) {
                    openBrackets.setLength(0);
                }
                if (openBrackets.length() > 0 || lastVisibleType == XenLexer.NEWLINE
                        || lastVisibleType == Token.INVALID_TYPE) {
                    kind = TokenKind.NL; // on the hidden channel
                }
            }
            default -> { }
        }
        if (!kind.isTrivia()) {
            lastVisibleType = type;
        }
        return new dev.xenlint.syntax.Token(kind, tokenText, startPos);
    }

    /**
     * The text of {@code chars[from..to)}: a one-character ASCII token's shared one, a short token's (up to
     * {@link #SHARED_MAX} chars: names, numbers, keywords, indentation) the one made for the same text
     * earlier in this file if that is still in {@link #shared}, else a new string. A key or a value that
     * recurs on every line is one string instead of one per line: the texts live as long as the tree.
     */
    private String textOf(int from, int to) {
        int n = to - from;
        if (n == 1 && chars[from] < ONE_CHAR.length) {
            return ONE_CHAR[chars[from]];
        }
        if (n > SHARED_MAX) {
            return text.substring(from, to);
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        int slot = (h ^ (h >>> 11)) & (shared.length - 1);
        String s = shared[slot];
        if (s != null && s.length() == n && text.regionMatches(from, s, 0, n)) {
            return s;
        }
        s = text.substring(from, to);
        shared[slot] = s;
        return s;
    }

    /**
     * ANTLR token type to the project's kind (a NEWLINE on the hidden channel is {@link TokenKind#NL}).
     * The kinds from {@code AND} to {@code NEWLINE} are declared in the order of the lexer's token types;
     * {@code LineParserTest} checks this against the grammar's vocabulary. Not read from the vocabulary
     * here: that would load the generated parser, whose state machine a file without syntax errors never
     * needs.
     */
    static TokenKind kindOf(int type) {
        return switch (type) {
            case XenLexer.WS -> TokenKind.WHITESPACE;
            case XenLexer.ERROR_CHAR -> TokenKind.ERROR;
            case XenLexer.LINE_CONTINUATION -> TokenKind.LINE_CONTINUATION;
            case XenLexer.COMMENT -> TokenKind.COMMENT;
            case Token.EOF -> TokenKind.EOF;
            default -> KIND_VALUES[type - 1];
        };
    }

    /** The ANTLR token type of a kind: the inverse of {@link #kindOf} ({@link TokenKind#NL} is a NEWLINE). */
    static int typeOf(TokenKind kind) {
        return switch (kind) {
            case NL -> XenLexer.NEWLINE;
            case WHITESPACE -> XenLexer.WS;
            case ERROR -> XenLexer.ERROR_CHAR;
            case LINE_CONTINUATION -> XenLexer.LINE_CONTINUATION;
            case COMMENT -> XenLexer.COMMENT;
            case EOF -> Token.EOF;
            default -> kind.ordinal() + 1;
        };
    }

    /** The channel the grammar's lexer puts a token of this kind on. */
    private static int channelOf(TokenKind kind) {
        return switch (kind) {
            case NL, WHITESPACE, LINE_CONTINUATION -> Token.HIDDEN_CHANNEL;
            case COMMENT -> XenLexer.COMMENTS;
            case ERROR -> XenLexer.ERRORS;
            default -> Token.DEFAULT_CHANNEL;
        };
    }

    /** The code-point index of the start of token {@code i} (ANTLR's start index). */
    int codePointStart(int i) {
        return positions().codePoints[i];
    }

    /** Token {@code i} as the grammar's lexer makes it (a new object on each call). */
    CommonToken antlrToken(int i) {
        Positions p = positions();
        int[] codePoints = p.codePoints;
        dev.xenlint.syntax.Token own = tokens.get(i);
        CommonToken token;
        if (own.kind() == TokenKind.EOF) {
            token = new CommonToken(source, Token.EOF, Token.DEFAULT_CHANNEL, codePoints[i], codePoints[i] - 1);
            token.setText("<EOF>");
        } else {
            token = new CommonToken(source, typeOf(own.kind()), channelOf(own.kind()), codePoints[i],
                    codePoints[i + 1] - 1);
            token.setText(own.text());
        }
        token.setLine(p.lines[i]);
        token.setCharPositionInLine(p.columns[i]);
        token.setTokenIndex(i);
        return token;
    }

    /**
     * Counts code points, lines and columns up to each token, once (under a lock: two threads may parse
     * lines of one file, and a file that no line takes to the generated parser never needs them).
     */
    private Positions positions() {
        Positions known = positions;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (positions == null) {
                positions = countPositions();
            }
            return positions;
        }
    }

    private Positions countPositions() {
        java.util.List<dev.xenlint.syntax.Token> all = tokens();
        int n = all.size();
        int[] cp = new int[n + 1];
        int[] ln = new int[n + 1];
        int[] col = new int[n + 1];
        int index = 0;
        int line = 1;
        int column = 0;
        for (int t = 0; t < n; t++) {
            cp[t] = index;
            ln[t] = line;
            col[t] = column;
            dev.xenlint.syntax.Token tok = all.get(t);
            for (int i = tok.start(), to = tok.end(); i < to; i++) {
                char c = chars[i];
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                }
                index++;
                if (c == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
            }
        }
        cp[n] = index;
        ln[n] = line;
        col[n] = column;
        return new Positions(cp, ln, col);
    }

    /** The grammar's lexer's next token, for what reads this as a token source. */
    @Override
    public Token nextToken() {
        int n = tokens().size();
        return antlrToken(next < n ? next++ : n - 1);
    }

    /** The character at {@code i}, or -1 past the end. */
    private int at(int i) {
        return i < chars.length ? chars[i] : -1;
    }

    /** Scans one token from {@link #pos}, leaves {@link #pos} after it and returns its type. */
    private int scan() {
        int c = chars[pos];
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
            return nameOrString();
        }
        if (c >= '0' && c <= '9') {
            pos = number(pos);
            return XenLexer.NUMBER;
        }
        switch (c) {
            case '\'', '"' -> {
                return string(pos);
            }
            case '.' -> {
                if (digit(at(pos + 1))) {
                    pos = fraction(pos);
                    return XenLexer.NUMBER;
                }
                pos++;
                return XenLexer.DOT;
            }
            case '\n' -> {
                pos++;
                return XenLexer.NEWLINE;
            }
            case '\r' -> {
                pos += at(pos + 1) == '\n' ? 2 : 1;
                return XenLexer.NEWLINE;
            }
            case ' ', '\t', '\f' -> {
                do {
                    pos++;
                } while (at(pos) == ' ' || at(pos) == '\t' || at(pos) == '\f');
                return XenLexer.WS;
            }
            case '#' -> {
                do {
                    pos++;
                } while (pos < chars.length && at(pos) != '\n' && at(pos) != '\r');
                return XenLexer.COMMENT;
            }
            case '\\' -> {
                int n = at(pos + 1);
                if (n == '\n') {
                    pos += 2;
                    return XenLexer.LINE_CONTINUATION;
                }
                if (n == '\r') {
                    pos += at(pos + 2) == '\n' ? 3 : 2;
                    return XenLexer.LINE_CONTINUATION;
                }
                return errorChar();
            }
            default -> {
                int op = operator(c);
                if (op != Token.INVALID_TYPE) {
                    return op;
                }
                if (typographicQuote(c)) {
                    return typographicString();
                }
                return errorChar();
            }
        }
    }

    private int errorChar() {
        pos += Character.charCount(Character.codePointAt(chars, pos));
        return XenLexer.ERROR_CHAR;
    }

    private static boolean digit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean nameChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
    }

    /** A name, a keyword, or a string with a prefix ({@code r'...'}, {@code u"..."}, {@code br'...'}). */
    private int nameOrString() {
        int c = chars[pos];
        int prefix = 0;
        if (c == 'r' || c == 'R') {
            prefix = 1;
        } else if (c == 'u' || c == 'U' || c == 'b' || c == 'B') {
            int n = at(pos + 1);
            prefix = n == 'r' || n == 'R' ? 2 : 1;
        }
        if (prefix > 0) {
            int q = at(pos + prefix);
            if (q == '\'' || q == '"') {
                return string(pos + prefix);
            }
        }
        int end = pos + 1;
        while (nameChar(at(end))) {
            end++;
        }
        int type = keyword(pos, end);
        pos = end;
        return type;
    }

    private static final String[] KEYWORDS = {
        "and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
        "for", "from", "global", "if", "import", "in", "is", "lambda", "not", "or", "pass", "print", "raise",
        "return", "try", "while", "with", "True", "False", "None"};
    private static final int[] KEYWORD_TYPES = {
        XenLexer.AND, XenLexer.AS, XenLexer.ASSERT, XenLexer.BREAK, XenLexer.CLASS, XenLexer.CONTINUE,
        XenLexer.DEF, XenLexer.DEL, XenLexer.ELIF, XenLexer.ELSE, XenLexer.EXCEPT, XenLexer.FINALLY,
        XenLexer.FOR, XenLexer.FROM, XenLexer.GLOBAL, XenLexer.IF, XenLexer.IMPORT, XenLexer.IN, XenLexer.IS,
        XenLexer.LAMBDA, XenLexer.NOT, XenLexer.OR, XenLexer.PASS, XenLexer.PRINT, XenLexer.RAISE,
        XenLexer.RETURN, XenLexer.TRY, XenLexer.WHILE, XenLexer.WITH, XenLexer.TRUE, XenLexer.FALSE,
        XenLexer.NONE};

    private int keyword(int start, int end) {
        int length = end - start;
        if (length < 2 || length > 8) {
            return XenLexer.NAME;
        }
        for (int k = 0; k < KEYWORDS.length; k++) {
            String w = KEYWORDS[k];
            if (w.length() == length && text.startsWith(w, start)) {
                return KEYWORD_TYPES[k];
            }
        }
        return XenLexer.NAME;
    }

    /**
     * A string whose quote is at {@code q}: triple-quoted up to its closing quotes (or the end of
     * the text), else up to its closing quote or the end of the line. A triple-quoted string that
     * cannot end (a backslash last in the text) is, as in the grammar, an empty string followed
     * by another.
     */
    private int string(int q) {
        char quote = chars[q];
        if (at(q + 1) == quote && at(q + 2) == quote) {
            int i = q + 3;
            while (true) {
                if (i >= chars.length) {
                    pos = chars.length;
                    return XenLexer.STRING;
                }
                char c = chars[i];
                if (c == quote && at(i + 1) == quote && at(i + 2) == quote) {
                    pos = i + 3;
                    return XenLexer.STRING;
                }
                if (c == '\\') {
                    if (i + 1 >= chars.length) {
                        break; // the escape has nothing to take: no triple-quoted string here
                    }
                    i = afterEscape(i);
                } else {
                    i++;
                }
            }
            pos = q + 2; // '' : an empty string
            return XenLexer.STRING;
        }
        int i = q + 1;
        while (i < chars.length) {
            char c = chars[i];
            if (c == quote) {
                i++;
                break;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\') {
                if (i + 1 >= chars.length) {
                    break;
                }
                i = afterEscape(i);
            } else {
                i++;
            }
        }
        pos = i;
        return XenLexer.STRING;
    }

    /** After the escape whose backslash is at {@code i} (followed by a character): {@code \r\n} or one code point. */
    private int afterEscape(int i) {
        if (chars[i + 1] == '\r' && at(i + 2) == '\n') {
            return i + 3;
        }
        return i + 1 + Character.charCount(Character.codePointAt(chars, i + 1));
    }

    /** A string in typographic quotes up to the next typographic quote on its line, else an error character. */
    private int typographicString() {
        int i = pos + 1;
        while (i < chars.length) {
            char c = chars[i];
            if (c == '\n' || c == '\r') {
                break;
            }
            if (typographicQuote(c)) {
                pos = i + 1;
                return XenLexer.STRING;
            }
            i++;
        }
        return errorChar();
    }

    /** The end of a number starting with a digit at {@code i}. */
    private int number(int i) {
        if (chars[i] == '0' && (at(i + 1) == 'x' || at(i + 1) == 'X') && hex(at(i + 2))) {
            int j = i + 2;
            while (hex(at(j))) {
                j++;
            }
            return at(j) == 'l' || at(j) == 'L' ? j + 1 : j;
        }
        int j = i;
        while (digit(at(j))) {
            j++;
        }
        if (at(j) == '.') {
            j++;
            while (digit(at(j))) {
                j++;
            }
        }
        j = exponent(j);
        int s = at(j);
        return s == 'l' || s == 'L' || s == 'j' || s == 'J' ? j + 1 : j;
    }

    /** The end of a number starting with {@code .} and a digit at {@code i}. */
    private int fraction(int i) {
        int j = i + 1;
        while (digit(at(j))) {
            j++;
        }
        j = exponent(j);
        int s = at(j);
        return s == 'j' || s == 'J' ? j + 1 : j;
    }

    /** After an exponent at {@code j} ({@code e}, a sign, digits), or {@code j} when there is none. */
    private int exponent(int j) {
        int e = at(j);
        if (e != 'e' && e != 'E') {
            return j;
        }
        int k = j + 1;
        if (at(k) == '+' || at(k) == '-') {
            k++;
        }
        if (!digit(at(k))) {
            return j;
        }
        while (digit(at(k))) {
            k++;
        }
        return k;
    }

    /** The quotes of the grammar's TYPOGRAPHIC_QUOTE. */
    private static boolean typographicQuote(int c) {
        return c == 0x00AB || c == 0x00B4 || c == 0x00BB || c >= 0x2018 && c <= 0x201F || c == 0x2032
                || c == 0x2033 || c == 0x2039 || c == 0x203A || c == 0x2E42 || c >= 0x300C && c <= 0x300F
                || c >= 0x301D && c <= 0x301F || c >= 0xFE41 && c <= 0xFE44 || c == 0xFF02 || c == 0xFF07
                || c == 0xFF62 || c == 0xFF63;
    }

    private static boolean hex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** An operator or bracket starting with {@code c} (longest first), or INVALID_TYPE. */
    private int operator(int c) {
        int n = at(pos + 1);
        int type;
        int length = 1;
        switch (c) {
            case '(' -> type = XenLexer.LPAREN;
            case ')' -> type = XenLexer.RPAREN;
            case '[' -> type = XenLexer.LBRACK;
            case ']' -> type = XenLexer.RBRACK;
            case '{' -> type = XenLexer.LBRACE;
            case '}' -> type = XenLexer.RBRACE;
            case ',' -> type = XenLexer.COMMA;
            case ':' -> type = XenLexer.COLON;
            case ';' -> type = XenLexer.SEMI;
            case '~' -> type = XenLexer.TILDE;
            case '*' -> {
                if (n == '*') {
                    boolean assign = at(pos + 2) == '=';
                    type = assign ? XenLexer.POWER_ASSIGN : XenLexer.POWER;
                    length = assign ? 3 : 2;
                } else if (n == '=') {
                    type = XenLexer.STAR_ASSIGN;
                    length = 2;
                } else {
                    type = XenLexer.STAR;
                }
            }
            case '/' -> {
                if (n == '/') {
                    boolean assign = at(pos + 2) == '=';
                    type = assign ? XenLexer.FLOOR_DIV_ASSIGN : XenLexer.FLOOR_DIV;
                    length = assign ? 3 : 2;
                } else if (n == '=') {
                    type = XenLexer.SLASH_ASSIGN;
                    length = 2;
                } else {
                    type = XenLexer.SLASH;
                }
            }
            case '<' -> {
                if (n == '<') {
                    boolean assign = at(pos + 2) == '=';
                    type = assign ? XenLexer.LSHIFT_ASSIGN : XenLexer.LEFT_SHIFT;
                    length = assign ? 3 : 2;
                } else if (n == '=') {
                    type = XenLexer.LESS_EQUAL;
                    length = 2;
                } else if (n == '>') {
                    type = XenLexer.NOT_EQUALS;
                    length = 2;
                } else {
                    type = XenLexer.LESS;
                }
            }
            case '>' -> {
                if (n == '>') {
                    boolean assign = at(pos + 2) == '=';
                    type = assign ? XenLexer.RSHIFT_ASSIGN : XenLexer.RIGHT_SHIFT;
                    length = assign ? 3 : 2;
                } else if (n == '=') {
                    type = XenLexer.GREATER_EQUAL;
                    length = 2;
                } else {
                    type = XenLexer.GREATER;
                }
            }
            case '=' -> {
                type = n == '=' ? XenLexer.EQUALS : XenLexer.ASSIGN;
                length = n == '=' ? 2 : 1;
            }
            case '!' -> {
                if (n != '=') {
                    return Token.INVALID_TYPE;
                }
                type = XenLexer.NOT_EQUALS;
                length = 2;
            }
            case '+' -> type = withAssign(n, XenLexer.PLUS, XenLexer.PLUS_ASSIGN);
            case '-' -> type = withAssign(n, XenLexer.MINUS, XenLexer.MINUS_ASSIGN);
            case '%' -> type = withAssign(n, XenLexer.PERCENT, XenLexer.PERCENT_ASSIGN);
            case '&' -> type = withAssign(n, XenLexer.AMPERSAND, XenLexer.AMP_ASSIGN);
            case '|' -> type = withAssign(n, XenLexer.PIPE, XenLexer.PIPE_ASSIGN);
            case '^' -> type = withAssign(n, XenLexer.CARET, XenLexer.CARET_ASSIGN);
            default -> {
                return Token.INVALID_TYPE;
            }
        }
        if (length == 1 && n == '=' && isAssignOperator(type)) {
            length = 2;
        }
        pos += length;
        return type;
    }

    private static int withAssign(int next, int plain, int assign) {
        return next == '=' ? assign : plain;
    }

    private static boolean isAssignOperator(int type) {
        return type == XenLexer.PLUS_ASSIGN || type == XenLexer.MINUS_ASSIGN || type == XenLexer.PERCENT_ASSIGN
                || type == XenLexer.AMP_ASSIGN || type == XenLexer.PIPE_ASSIGN || type == XenLexer.CARET_ASSIGN;
    }

    /**
     * Whether the line after the newline just read begins, in column zero, with {@code NAME =}
     * or {@code NAME +=}: a new assignment, not a list item (only inside a list).
     */
    private boolean nextLineStartsStatement() {
        if (openBrackets.charAt(openBrackets.length() - 1) != '[') {
            return false;
        }
        int i = pos;
        int c = at(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
            return false;
        }
        while (nameChar(c)) {
            c = at(++i);
        }
        while (c == ' ' || c == '\t') {
            c = at(++i);
        }
        if (c == '+') {
            return at(i + 1) == '=';
        }
        return c == '=' && at(i + 1) != '=';
    }

    @Override
    public int getLine() {
        return positions().lines[Math.min(next, tokens.size() - 1)];
    }

    @Override
    public int getCharPositionInLine() {
        return positions().columns[Math.min(next, tokens.size() - 1)];
    }

    @Override
    public synchronized CharStream getInputStream() { // two threads may parse lines of one file
        if (input == null) {
            input = CharStreams.fromString(text, name);
        }
        return input;
    }

    @Override
    public String getSourceName() {
        return name;
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        throw new UnsupportedOperationException("XenTokenizer makes CommonTokens");
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return org.antlr.v4.runtime.CommonTokenFactory.DEFAULT;
    }
}
