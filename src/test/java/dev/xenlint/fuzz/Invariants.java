package dev.xenlint.fuzz;

import dev.xenlint.config.ConfigException;
import dev.xenlint.convert.Converter;
import dev.xenlint.engine.Document;
import dev.xenlint.engine.Session;
import dev.xenlint.fix.Fixer;
import dev.xenlint.format.Formatter;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.model.Dialect;
import dev.xenlint.output.Json;
import dev.xenlint.output.ModelDump;
import dev.xenlint.output.TextEmitter;
import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import dev.xenlint.workspace.FileSettings;
import dev.xenlint.workspace.Overrides;
import dev.xenlint.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What every input must keep, whatever it holds, checked through the engine's in-process entry
 * points: {@link Session#analyze} (check, dump), {@link Fixer} (check --fix), {@link Formatter}
 * (format) and {@link Session#convert} (convert), and the text report.
 *
 * <p>{@link #check} returns null when the input keeps every invariant, else a one-line
 * description whose first word names the invariant broken (the minimiser keeps it).
 */
final class Invariants {

    /**
     * Output may grow with the input, but only linearly: at most this many chars per input byte
     * (plus {@link #SLACK}). A finding with its excerpt is 100 to 300 chars, and a line holding only
     * {@code "} (2 bytes) makes two of them (an unterminated string, a missing comma).
     */
    static final int CHARS_PER_BYTE = 512;
    /** The constant part: a small input may still dump a folded value (capped at 65,536 chars). */
    static final int SLACK = 256 * 1024;

    private final Session auto;
    private final Session xm;
    private final Session xl;

    Invariants(Path root) {
        this.auto = session(root, null);
        this.xm = session(root, Dialect.XM);
        this.xl = session(root, Dialect.XL);
    }

    private static Session session(Path root, Dialect dialect) {
        try {
            return new Session(new Workspace(root, null, Overrides.NONE.withDialect(dialect)));
        } catch (ConfigException e) {
            throw new AssertionError(e);
        }
    }

    /** How many variants {@link #check} knows: the dialect (auto, xm, xl) times the fix mode (safe, unsafe). */
    static final int VARIANTS = 6;

    /** The broken invariant, or null. {@code variant} picks the dialect and the fix mode ({@link #describe}). */
    String check(byte[] bytes, int variant) {
        try {
            return checkUnguarded(bytes, variant);
        } catch (StackOverflowError e) {
            return "exception: " + e + at(e);
        } catch (OutOfMemoryError e) {
            return "exception: " + e;
        } catch (RuntimeException | AssertionError | ConfigException e) {
            return "exception: " + e + at(e);
        }
    }

    private static String at(Throwable e) {
        for (StackTraceElement el : e.getStackTrace()) {
            if (el.getClassName().startsWith("dev.xenlint")) {
                return " at " + el;
            }
        }
        return "";
    }

    private String checkUnguarded(byte[] bytes, int variant) throws ConfigException {
        SourceText source = SourceText.decode("fuzz.cfg", bytes);
        int n = bytes.length;
        Session[] sessions = {new Session[] {auto, xm, xl}[variant % 3]};
        for (Session session : sessions) {
            Document doc = new Document("fuzz.cfg", null, 0, source);
            FileSettings settings = session.settingsFor(doc);
            String dialect = settings.dialect() == null ? "auto" : settings.dialect().id();

            // check and dump
            Analysis a = session.analyze(doc, settings);
            String p = analysisProblems(a, "check " + dialect);
            if (p != null) {
                return p;
            }
            String report = textReport(a);
            if (report.length() > linear(n)) {
                return "report-size: the text report of " + n + " bytes is " + report.length() + " chars (" + dialect + ")";
            }
            String dump = Json.pretty(ModelDump.of("fuzz.cfg", a, true));
            String dumpBare = Json.pretty(ModelDump.of("fuzz.cfg", a, false));
            if (Math.max(dump.length(), dumpBare.length()) > linear(n)) {
                return "dump-size: the dump of " + n + " bytes is " + dump.length() + " chars (" + dialect + ")";
            }

            // fix: no new syntax error, and fixing again changes nothing
            boolean unsafe = variant >= 3;
            p = fixProblems(source, settings.lintOptions(), unsafe, a, dialect);
            if (p != null) {
                return p;
            }

            // format
            Analysis syntax = Linter.analyze(source, settings.syntaxOnly());
            if (syntax.diagnostics().isEmpty()) {
                p = formatProblems(source, a, settings, dumpBare, dialect);
                if (p != null) {
                    return p;
                }
            }

            // convert
            Session.Conversion c = session.convert(doc, "fuzz");
            if (!c.refused()) {
                p = c.syntax().model().dialect() == Dialect.XL
                        ? (c.result().text().equals(source.text()) ? null : "convert-xl: an xl file did not come out unchanged")
                        : convertProblems(source, c, n, dialect);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    static String describe(int variant) {
        return "dialect " + new String[] {"auto", "xm", "xl"}[variant % 3] + ", " + (variant >= 3 ? "unsafe" : "safe")
                + " fixes";
    }

    private static long linear(long n) {
        return CHARS_PER_BYTE * n + SLACK;
    }

    private static String analysisProblems(Analysis a, String what) {
        if (!a.ruleFailures().isEmpty()) {
            return "internal-error: " + a.ruleFailures().get(0).describe() + " (" + what + ")";
        }
        int length = a.source().text().length();
        for (Diagnostic d : a.diagnostics()) {
            if (!inside(d.range(), length)) {
                return "range: " + d.code() + " at " + d.range() + " outside the text of " + length + " chars (" + what + ")";
            }
            if (d.message() == null || d.message().isBlank()) {
                return "message: " + d.code() + " has no message (" + what + ")";
            }
            for (RelatedLocation r : d.related()) {
                int len = r.inSameFile() ? length : r.file().source().text().length();
                if (!inside(r.range(), len)) {
                    return "range: " + d.code() + "'s related place " + r.range() + " outside its text (" + what + ")";
                }
            }
            if (d.fix() != null) {
                for (Edit e : d.fix().edits()) {
                    if (!inside(e.range(), length)) {
                        return "range: " + d.code() + "'s fix edits " + e.range() + " outside the text (" + what + ")";
                    }
                }
            }
        }
        SyntaxTree tree = a.syntax();
        if (!tree.tokens().isEmpty() && !tree.tokenText().equals(a.source().text())) {
            return "lossless: the tokens do not give back the text (" + what + ")";
        }
        return null;
    }

    private static boolean inside(TextRange r, int length) {
        return r.start() >= 0 && r.start() <= r.end() && r.end() <= length;
    }

    private static String textReport(Analysis a) {
        StringWriter out = new StringWriter();
        TextEmitter emitter = new TextEmitter(new PrintWriter(out), false);
        for (Diagnostic d : a.diagnostics()) {
            emitter.emit("fuzz.cfg", a.source(), d);
        }
        return out.toString();
    }

    private static String fixProblems(SourceText source, LintOptions options, boolean unsafe, Analysis before,
                                      String dialect) {
        String what = "fix" + (unsafe ? " --unsafe-fixes " : " ") + dialect;
        Fixer.Result first = Fixer.fix(source, options, unsafe);
        String p = analysisProblems(first.last(), what);
        if (p != null) {
            return p;
        }
        if (errors(first.last()) > errors(before)) {
            return "fix-syntax: fixing went from " + errors(before) + " to " + errors(first.last())
                    + " syntax errors (" + what + ")";
        }
        if (first.text().length() > 2L * source.text().length() + 4096) {
            return "fix-size: fixing " + source.text().length() + " chars gave " + first.text().length() + " (" + what + ")";
        }
        if (!first.refired().isEmpty()) {
            // a fix that does not resolve its finding fires again on what it inserted, and would grow the file every
            // pass (a comma inserted inside a string that is never closed): the fixer withholds it, the rule is wrong
            return "fix-refires: a fix would edit what the same kind of fix inserted the pass before: "
                    + first.refired().get(0) + " (" + what + ")";
        }
        if (first.capReached() || !first.rolledBack().isEmpty() || !first.dialectKept().isEmpty()) {
            return null; // a second run may rightly do more: the first stopped early or withheld a fix
        }
        Fixer.Result second = Fixer.fix(first.last().source(), options, unsafe); // as written: a fix may drop the BOM
        if (!second.text().equals(first.text())) {
            return "fix-again: a second fix changed the text (" + what + "): " + diffAt(first.text(), second.text());
        }
        return null;
    }

    private static long errors(Analysis a) {
        return a.syntax().errors().size() + a.syntax().indentationErrors().size();
    }

    private static String formatProblems(SourceText source, Analysis a, FileSettings settings, String dump,
                                         String dialect) {
        String what = "format " + dialect;
        Formatter.Options options = Formatter.Options.DEFAULT;
        String once = Formatter.format(a.syntax(), options);
        SourceText formatted = source.withText(once);
        Analysis after = Linter.analyze(formatted, settings.syntaxOnly());
        if (!after.diagnostics().isEmpty()) {
            return "format-syntax: the formatted text has " + after.diagnostics().get(0).code() + " "
                    + after.diagnostics().get(0).message() + " (" + what + ")";
        }
        String twice = Formatter.format(after.syntax(), options);
        if (!twice.equals(once)) {
            return "format-idempotent: formatting twice differs (" + what + "): " + diffAt(once, twice);
        }
        String kept = keptText(a.syntax());
        String keptAfter = keptText(after.syntax());
        if (!kept.equals(keptAfter)) {
            return "format-chars: formatting changed the comments or non-whitespace characters (" + what + "): "
                    + diffAt(kept, keptAfter);
        }
        String dumpAfter = Json.pretty(ModelDump.of("fuzz.cfg", Linter.analyze(formatted, settings.lintOptions()), false));
        if (!withoutReason(dumpAfter).equals(withoutReason(dump))) {
            return "format-model: formatting changed the model (" + what + "): " + diffAt(dump, dumpAfter);
        }
        // a list laid out one item per line: `a,` (2 chars) becomes `    a,` and a line break (7), so 3.5 times
        if (once.length() > 4L * source.text().length() + 4096) {
            return "format-size: formatting " + source.text().length() + " chars gave " + once.length() + " (" + what + ")";
        }
        return null;
    }

    /**
     * The dump without the reason for the dialect: that names the first evidence met, which a new
     * layout may change (a lone CR became a line break) while the dialect and every setting stay.
     */
    private static String withoutReason(String dump) {
        // scanned by hand: a regular expression with an alternation under a star recurses per character and
        // overflows the stack on a reason that quotes a long key
        String field = "\n  \"dialect_reason\": \"";
        int start = dump.indexOf(field);
        if (start < 0) {
            return dump;
        }
        int i = start + field.length();
        while (i < dump.length() && dump.charAt(i) != '"') {
            i += dump.charAt(i) == '\\' ? 2 : 1;
        }
        return dump.substring(0, start) + dump.substring(Math.min(dump.length(), i + 1));
    }

    /**
     * What the formatter must keep, in order: every token but whitespace, line breaks, line
     * continuations and the separators it may add or drop ({@code ,} before a closing bracket,
     * {@code ;} between statements), comments without their trailing whitespace; a comma that
     * follows comments is taken as coming before them (format writes {@code "a",  # c}).
     */
    static String keptText(SyntaxTree tree) {
        List<String> kept = new java.util.ArrayList<>();
        List<Token> tokens = tree.tokens();
        int comments = 0; // comments kept since the last other token
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            TokenKind kind = t.kind();
            if (kind == TokenKind.WHITESPACE || kind.isNewline() || kind == TokenKind.LINE_CONTINUATION
                    || kind == TokenKind.SEMI || kind == TokenKind.EOF) {
                continue;
            }
            if (kind == TokenKind.COMMA && closesNext(tokens, i)) {
                continue;
            }
            if (kind == TokenKind.COMMA && comments > 0) {
                // a comma after a comment (`"a"  # c` then `, "b"` on the next line): format writes it before the
                // comment (`"a",  # c`), which keeps both and the meaning; compared as if it came first
                kept.add(kept.size() - comments, ",");
                continue;
            }
            comments = kind == TokenKind.COMMENT ? comments + 1 : 0;
            kept.add(kind == TokenKind.COMMENT ? t.text().stripTrailing() : t.text());
        }
        StringBuilder sb = new StringBuilder();
        for (String k : kept) {
            sb.append(k).append('\u0001');
        }
        return sb.toString();
    }

    /** Whether the next significant token after {@code i} closes a bracket (a trailing comma). */
    private static boolean closesNext(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            TokenKind kind = tokens.get(j).kind();
            if (kind == TokenKind.WHITESPACE || kind.isNewline() || kind == TokenKind.LINE_CONTINUATION
                    || kind == TokenKind.COMMENT) {
                continue;
            }
            return kind == TokenKind.RBRACK || kind == TokenKind.RPAREN || kind == TokenKind.RBRACE;
        }
        return false;
    }

    private static String convertProblems(SourceText source, Session.Conversion c, int n, String dialect) {
        Converter.Result r = c.result();
        String what = "convert " + dialect;
        if (r.text().length() > linear(n)) {
            return "convert-size: converting " + n + " bytes gave " + r.text().length() + " chars (" + what + ")";
        }
        if (r.unconverted()) {
            return null; // exit 1 with TODO comments: not a successful conversion
        }
        SourceText out = SourceText.decode("fuzz.xl", Converter.encode(source, c.syntax(), r)); // as convert writes it
        Analysis xlSyntax = Linter.analyze(out, LintOptions.syntaxOnly(Dialect.XL));
        if (!xlSyntax.diagnostics().isEmpty()) {
            Diagnostic d = xlSyntax.diagnostics().get(0);
            return "convert-xl: the converted text does not read as xl: " + d.code() + " " + d.message() + " (" + what + ")";
        }
        if (!ConfigParser.parse(out).xl().accepts()) {
            return "convert-xl: xl's parser refuses the converted text: "
                    + ConfigParser.parse(out).xl().problems().get(0).message() + " (" + what + ")";
        }
        return null;
    }

    /** Where two texts first differ, with a little context. */
    static String diffAt(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "at " + i + ": " + Escape.java(a.substring(from, Math.min(a.length(), i + 40))) + " vs "
                + Escape.java(b.substring(from, Math.min(b.length(), i + 40)));
    }
}
