package dev.xenlint.convert;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.analysis.RuleSelection;
import dev.xenlint.format.Formatter;
import dev.xenlint.lint.BuiltInRule;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.model.Field;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import dev.xenlint.model.XenVersion;
import dev.xenlint.model.XlLiteral;
import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.NodeKind;
import dev.xenlint.syntax.Statement;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an xm configuration into an xl one that gives the guest the same
 * behaviour: Python folded to literals, {@code builder} to {@code type}, xm-only
 * keys mapped or set aside, disk and vif entries written in xl's syntax, and
 * every default that changed between xm and xl written out. Comments are
 * carried over. What cannot be converted is kept as a comment and reported.
 */
public final class Converter {

    /**
     * @param unconverted whether something could not be converted (kept as a comment)
     */
    public record Result(String text, List<Note> notes, boolean unconverted) {
    }

    /**
     * The bytes of a conversion of {@code input}: its charset, and no byte order mark when the input was
     * converted (xl refuses one); an xl file comes out unchanged, byte for byte.
     */
    public static byte[] encode(dev.xenlint.text.SourceText input, Analysis analysis, Result result) {
        dev.xenlint.text.SourceText target = analysis.model().dialect() == Dialect.XL ? input : input.withoutBom();
        return target.encode(result.text());
    }

    /** Something the conversion did or could not do, at a line of the input (0 when not tied to one). */
    public record Note(int line, String message) {
    }

    private final Analysis analysis;
    private final ConfigModel model;
    private final SyntaxTree tree;
    private final SourceText source;
    private final String fileBaseName;
    /** xl before 4.10 reads no {@code type} (c7dfe4ac58): the guest type is then written as {@code builder}. */
    private final boolean typeKey;
    private final List<String> out = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final Set<String> emitted = new HashSet<>();
    private final Map<String, String> written = new LinkedHashMap<>();
    private boolean unconverted;
    /**
     * Where the statements quoted in a TODO so far start: a statement that sets several keys ({@code a = b = x})
     * is quoted once, under the first of them; the TODOs of the others point to it. Quoting it for each key (and
     * each time it sets one) made the output grow with keys times the statement's length.
     */
    private final Set<Integer> quoted = new HashSet<>();
    /** Why the last list entry could not be converted, when the entry itself was the problem. */
    private String entryProblem;

    private Converter(Analysis analysis, String fileBaseName, XenVersion target) {
        this.analysis = analysis;
        this.typeKey = target == null || target.atLeast(4, 10);
        this.model = analysis.model();
        this.tree = analysis.syntax();
        this.source = analysis.source();
        this.fileBaseName = fileBaseName;
    }

    /**
     * The converted text is meant to be saved without a byte order mark ({@link #encode}).
     *
     * @param fileBaseName the file's name without directory and extension (xm's default domain name)
     */
    public static Result toXl(Analysis analysis, String fileBaseName) {
        return toXl(analysis, fileBaseName, null);
    }

    /**
     * @param target the xl release the result is for (the configured Xen version), or null for the newest
     */
    public static Result toXl(Analysis analysis, String fileBaseName, XenVersion target) {
        if (analysis.model().dialect() == Dialect.XL) {
            // unchanged, byte for byte; but not a success when xl stops at a line of it (issue 9: `Memory = 512`)
            List<Note> notes = new ArrayList<>();
            boolean refused = refusedByXl(analysis.source(), notes,
                    "the file is already xl and comes out unchanged, but xl does not read it here: ");
            return new Result(analysis.source().text(), List.copyOf(notes), refused);
        }
        return new Converter(analysis, fileBaseName, target).run();
    }

    private Result run() {
        int pos = 0;
        List<Token> tokens = tree.tokens();
        for (Statement s : tree.statements()) {
            LogicalLine first = s instanceof Statement.Simple simple ? simple.line()
                    : ((Statement.Compound) s).clauses().get(0).header();
            gap(pos, first.firstToken());
            int end = statement(s);
            pos = end + 1;
        }
        gap(pos, tokens.size());
        defaults();
        String text = String.join("\n", out).strip() + "\n";
        // lay the result out canonically, in the input's line endings
        SourceText converted = source.withText(text.replace("\n", source.lineEnding()));
        SyntaxTree parsed = ConfigParser.parse(converted);
        if (parsed.errors().isEmpty() && parsed.indentationErrors().isEmpty()) {
            text = Formatter.format(parsed, Formatter.Options.DEFAULT);
        } else {
            text = converted.text();
        }
        // written without a BOM, which xl refuses
        if (refusedByXl(source.withoutBom().withText(text), notes, "the converted file does not read as xl here: ")) {
            unconverted = true;
        }
        return new Result(text, List.copyOf(notes), unconverted);
    }

    /** What xl's parser would stop at: syntax errors, Python, escapes and anything else xl's own parser refuses. */
    private static final LintOptions XL_READS = new LintOptions(Dialect.XL, new RuleSelection(
            List.of(BuiltInRule.SYNTAX_ERROR.name(), "python-in-xl-config", "invalid-string-escape", "xl-refuses-file"),
            List.of(), Map.of()));

    /**
     * The output is checked as xl reads it: a line xl would stop at means the
     * conversion failed (exit 1), whatever else went well; it is listed in {@code notes}.
     *
     * @return whether xl refuses {@code converted}
     */
    private static boolean refusedByXl(SourceText converted, List<Note> notes, String prefix) {
        Analysis check = Linter.analyze(converted, XL_READS);
        boolean refused = false;
        for (Diagnostic d : check.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                notes.add(new Note(converted.position(d.range().start()).line(), prefix + d.message()));
                refused = true;
            }
        }
        // a suppression comment carried over (`# xenlint: disable-file=XC0`) hides findings, not what xl refuses
        for (var p : check.syntax().xl().problems()) {
            if (!refused && p.refuses()) {
                notes.add(new Note(converted.position(p.range().start()).line(), prefix + p.message()));
                refused = true;
            }
        }
        return refused;
    }

    /** Own-line comments and blank lines between statements, carried over. */
    private void gap(int from, int to) {
        int breaks = 1; // the statement before ended its line
        for (int i = from; i < to && i < tree.tokens().size(); i++) {
            Token t = tree.tokens().get(i);
            if (t.kind().isNewline()) {
                breaks++;
                if (breaks >= 2 && !out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
                    out.add("");
                }
            } else if (t.is(TokenKind.COMMENT)) {
                out.add(t.text());
                breaks = 0;
            }
        }
    }

    /** Converts one top-level statement; returns the index of its last token. */
    private int statement(Statement s) {
        if (s instanceof Statement.Simple simple) {
            LogicalLine line = simple.line();
            List<String> keys = new ArrayList<>();
            for (Node small : line.smallStatements()) {
                List<Node> lists = small.nodes(NodeKind.TEST_LIST);
                // every target: `memory = maxmem = 512` sets both (the last list is the value)
                for (int i = 0; small.is(NodeKind.EXPRESSION_STATEMENT) && i < lists.size() - 1; i++) {
                    String name = lists.get(i).plainName();
                    if (name != null) {
                        keys.add(name);
                    }
                }
            }
            int before = out.size();
            emitKeys(keys);
            List<String> found = commentsIn(line.firstToken(), line.lastToken());
            if (found.size() == 1 && out.size() == before + 1 && !out.get(before).startsWith("#")) {
                out.set(before, out.get(before) + "  " + found.get(0)); // a trailing comment stays on its line
            } else {
                out.addAll(found);
            }
            return line.lastToken();
        }
        Statement.Compound compound = (Statement.Compound) s;
        TextRange range = range(compound);
        List<String> keys = new ArrayList<>();
        for (Setting setting : model.settings().values()) {
            for (Assignment a : setting.assignments()) {
                if (range.start() <= a.statement().start() && a.statement().end() <= range.end()) {
                    keys.add(setting.key());
                    break;
                }
            }
        }
        int last = lastToken(compound);
        out.addAll(commentsIn(tree.indexOf(firstHeaderToken(compound)), last));
        emitKeys(keys);
        return last;
    }

    private void emitKeys(List<String> keys) {
        for (String key : keys) {
            Setting s = model.settings().get(key);
            if (s != null && emitted.add(key)) {
                convert(s);
            }
        }
    }

    /** Comments inside a statement, which is dropped or rewritten: they are carried over on their own. */
    private List<String> commentsIn(int from, int to) {
        List<String> found = new ArrayList<>();
        for (int i = from; i <= to && i < tree.tokens().size(); i++) {
            if (tree.tokens().get(i).is(TokenKind.COMMENT)) {
                found.add(tree.tokens().get(i).text());
            }
        }
        return found;
    }

    private void convert(Setting s) {
        String key = s.key();
        int line = source.position(s.first().statement().start()).line();
        switch (key) {
            case "device_model" -> {
                notes.add(new Note(line, "dropped `device_model`: xl starts its own device model"));
                return;
            }
            case "vncconsole", "vncviewer" -> {
                notes.add(new Note(line, "dropped `" + key + "`: with xl, run `xl create -V` to open a VNC viewer"));
                return;
            }
            default -> { }
        }
        if (!XlLiteral.isKey(key)) {
            keepAsComment(s, "xl's parser rejects the key `" + key + "` (xl keys are lower-case letters, digits, `_` "
                    + "and `.`), and xm did not read it as a setting either");
            return;
        }
        List<Value> candidates = s.candidates();
        if (candidates.size() != 1 || s.mayBeUnset()) {
            keepAsComment(s, "its value depends on the host or on an `if` xenlint cannot decide");
            return;
        }
        Value v = candidates.get(0);
        if (v instanceof Value.Dynamic d) {
            keepAsComment(s, d.reason());
            return;
        }
        if (source.charset() == java.nio.charset.StandardCharsets.ISO_8859_1 && hasChar(v, 255)) {
            keepAsComment(s, "it holds a character (from a `\\u` escape) that this ISO-8859-1 file cannot hold; "
                    + "write the value as the bytes the guest should get");
            return;
        }
        if (byteEscapeIn(v)) {
            keepAsComment(s, "the file has a `\\x` or octal escape for a byte above 127, which xm read as that one byte "
                    + "and xl has no escape for; written in this " + source.charset().name() + " file, a character "
                    + "of this value could become other bytes: write the value as the bytes xm read");
            return;
        }
        KeyCatalogue.Key info = KeyCatalogue.get().key(key);
        switch (key) {
            case "builder" -> {
                if (model.setting("type") == null && v instanceof Value.Str str) {
                    boolean hvm = str.value().equals("hvm");
                    if (typeKey) {
                        write("type", XlLiteral.quote(hvm ? "hvm" : "pv"));
                        notes.add(new Note(line, "`builder` became `type`"));
                    } else { // xl before 4.10 builds what builder says and ignores type
                        write("builder", XlLiteral.quote(hvm ? "hvm" : "generic"));
                        notes.add(new Note(line, "kept `builder`: the target xl (before Xen 4.10) does not read `type`"));
                    }
                }
                return;
            }
            case "kernel" -> {
                if (v instanceof Value.Str str && (str.value().equals("hvmloader") || str.value().endsWith("/hvmloader"))) {
                    notes.add(new Note(line, "dropped the hvmloader `kernel`: xl boots HVM guests with its own firmware"));
                    return;
                }
            }
            case "disk" -> {
                if (v instanceof Value.ListValue list) {
                    writeList(s, list, item -> disk(item, line));
                    return;
                }
            }
            case "vif" -> {
                if (v instanceof Value.ListValue list) {
                    writeList(s, list, item -> vif(item, line));
                    return;
                }
            }
            case "pci" -> {
                if (v instanceof Value.ListValue list) {
                    writeList(s, list, this::pci);
                    return;
                }
            }
            case "uuid" -> {
                if (v instanceof Value.Str str && str.value().replace("-", "").length() == 32) {
                    String h = str.value().replace("-", "").toLowerCase(Locale.ROOT);
                    write("uuid", XlLiteral.quote(h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                            + h.substring(16, 20) + "-" + h.substring(20)));
                    return;
                }
            }
            case "soundhw" -> {
                if (v instanceof Value.Str str && (str.value().equals("all") || str.value().contains(","))) {
                    keepAsComment(s, "xl takes one sound card, not `" + str.value() + "`; choose one");
                    return;
                }
            }
            default -> { }
        }
        if (info != null && !info.xl().isRead() && info.xlSame() != null && writeAsSame(s, info, v, line)) {
            return;
        }
        if (info != null && !info.xl().isRead()) {
            String instead = info.xlReplacement() == null ? "" : "; see `" + info.xlReplacement() + "`";
            out.add("# NOTE xenlint: xl has no `" + key + "`" + instead + ". xm had: " + key + " = " + pythonText(s));
            notes.add(new Note(line, "set aside `" + key + "`, which xl does not read" + instead));
            return;
        }
        String literal = XlLiteral.of(v);
        if (literal == null) {
            keepAsComment(s, "xl cannot express a " + v.typeName());
            return;
        }
        write(key, literal);
    }

    /**
     * Writes an xm-only key's value under the xl key of the same meaning (the catalogue's
     * {@code xl_same}: {@code cpu_cap} to {@code cap}); a string becomes the list of its words where
     * the xl key takes a list ({@code bootargs} to {@code bootloader_args}). False when the value
     * does not fit the xl key, which is then set aside.
     */
    private boolean writeAsSame(Setting s, KeyCatalogue.Key info, Value v, int line) {
        KeyCatalogue.Key xl = KeyCatalogue.get().key(info.xlSame());
        String literal;
        if (info.type().single() == KeyCatalogue.ValueType.STRING && xl.type().first().isList()) {
            if (!(v instanceof Value.Str str)) {
                return false;
            }
            List<String> words = new ArrayList<>();
            for (String a : str.value().trim().split("\\s+")) {
                if (!a.isEmpty()) {
                    words.add(XlLiteral.quote(a));
                }
            }
            literal = "[ " + String.join(", ", words) + " ]";
        } else {
            literal = XlLiteral.of(v);
            if (literal == null) {
                keepAsComment(s, "xl cannot express a " + v.typeName());
                return true;
            }
        }
        write(xl.name(), literal);
        notes.add(new Note(line, "`" + info.name() + "` became `" + xl.name() + "`"));
        return true;
    }

    /** An escape for a byte above 127 ({@code \xe9}, {@code \351}) after an even run of backslashes. */
    private static final java.util.regex.Pattern HIGH_BYTE_ESCAPE =
            java.util.regex.Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(?:[xX][89a-fA-F][0-9a-fA-F]|[23][0-7][0-7])");

    /**
     * Whether {@code v} holds a char above 127 that may have come from a byte escape. Python 2 makes
     * {@code "\xe9"} the byte E9, but xenlint holds it as the char U+00E9, which a UTF-8 file would write as
     * C3 A9 (in a Latin-1 file that byte is E9 again). Which string an escape went into is not kept, so any
     * such escape in the file counts for every value with such a char.
     */
    private boolean byteEscapeIn(Value v) {
        if (source.charset() == java.nio.charset.StandardCharsets.ISO_8859_1 || !hasChar(v, 127)) {
            return false;
        }
        if (highByteEscape == null) {
            highByteEscape = HIGH_BYTE_ESCAPE.matcher(source.text()).find();
        }
        return highByteEscape;
    }

    private Boolean highByteEscape;

    /** Whether a string of {@code v} (or of its items) holds a char above {@code max}. */
    private static boolean hasChar(Value v, int max) {
        if (v instanceof Value.Str str) {
            for (int i = 0; i < str.value().length(); i++) {
                if (str.value().charAt(i) > max) {
                    return true;
                }
            }
        } else if (v instanceof Value.ListValue l) {
            for (Value item : l.items()) {
                if (hasChar(item, max)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void write(String key, String literal) {
        if (literal == null) {
            throw new IllegalStateException("no literal for " + key);
        }
        out.add(key + " = " + literal);
        written.put(key, literal);
    }

    private void keepAsComment(Setting s, String reason) {
        int line = source.position(s.first().statement().start()).line();
        out.add("# TODO xenlint: could not convert `" + s.key() + "`: " + reason + ". xm read:");
        Set<Integer> here = new HashSet<>();
        for (Assignment a : s.assignments()) {
            int start = a.statement().start();
            if (!here.add(start)) {
                continue; // the key set again by the statement just quoted
            }
            if (!quoted.add(start)) {
                out.add("#   (the statement at line " + source.position(start).line() + ", quoted above)");
                continue;
            }
            for (String l : source.slice(a.statement()).split("\r?\n")) {
                out.add("#   " + l);
            }
        }
        notes.add(new Note(line, "could not convert `" + s.key() + "` (" + reason + "); kept as a comment"));
        unconverted = true;
    }

    private String disk(Value item, int line) {
        if (!(item instanceof Value.Str s)) {
            return null;
        }
        DiskSpec d = DiskSpec.parse(s, Dialect.XM);
        if (!d.problems().isEmpty() || d.vdev() == null) {
            entryProblem = "xenlint cannot read the disk entry `" + s.value() + "`"
                    + (d.problems().isEmpty() ? "" : " (" + d.problems().get(0).message() + ")");
            return null;
        }
        if (d.prefix() != null && d.prefix().text().equals("ioemu")) {
            // xm split the uname at its first colon: `ioemu` named a hotplug script, block-ioemu, that Xen never had
            entryProblem = "in the disk entry `" + s.value() + "`, `ioemu:` stands before the physical device, where "
                    + "xm took it for a block script (`block-ioemu`) that does not exist; it belongs in front of the "
                    + "guest device name, and xl needs neither";
            return null;
        }
        List<String> parts = new ArrayList<>();
        String format = d.formatName();
        if (!format.equals("raw") && !format.equals("empty")) {
            parts.add("format=" + format);
        }
        parts.add("vdev=" + d.vdev().text());
        parts.add("access=" + (d.readwrite() && !d.isCdrom() ? "rw" : "ro"));
        if (d.isCdrom()) {
            parts.add("devtype=cdrom");
        }
        if (d.backend() != null && !d.backend().isEmpty()) {
            parts.add("backend=" + d.backend().text());
        }
        if (d.scriptName() != null) {
            parts.add("script=" + d.scriptName());
        }
        if (d.access() != null && d.access().text().equals("w!")) {
            notes.add(new Note(line, "disk `" + d.vdev().text() + "`: xl has no forced write sharing (`w!`); "
                    + "written as rw"));
        }
        if (d.pdevPath() != null) {
            parts.add("target=" + d.pdevPath());
        }
        return XlLiteral.quote(String.join(", ", parts));
    }

    private String vif(Value item, int line) {
        if (!(item instanceof Value.Str s)) {
            return null;
        }
        KeyValueSpec spec = KeyValueSpec.parse(s);
        List<String> parts = new ArrayList<>();
        for (KeyValueSpec.Entry e : spec.entries().values()) {
            String key = e.key().text();
            String value = e.value() == null ? null : e.value().text();
            if (key.equals("policy") || key.equals("label")) {
                notes.add(new Note(line, "vif: dropped `" + key + "`, which xl does not accept"));
                continue;
            }
            if (key.equals("type") && value != null && !value.equals("ioemu")) {
                value = "vif"; // xm: any type other than ioemu meant a PV interface only
            }
            parts.add(value == null ? key : key + "=" + value);
        }
        return XlLiteral.quote(String.join(", ", parts));
    }

    private String pci(Value item) {
        if (!(item instanceof Value.Str s)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Field part : Field.of(s).split(',')) {
            String text = part.text();
            int eq = text.indexOf('=');
            if (eq > 0) {
                String value = text.substring(eq + 1);
                value = value.equals("yes") ? "1" : value.equals("no") ? "0" : value;
                text = text.substring(0, eq) + "=" + value;
            }
            sb.append(sb.length() > 0 ? "," : "").append(text);
        }
        return XlLiteral.quote(sb.toString());
    }

    /** Writes a list key whose entries are rewritten, or keeps it as a comment if an entry is not known. */
    private void writeList(Setting s, Value.ListValue list, java.util.function.Function<Value, String> item) {
        String literal = listOf(list, item);
        if (literal != null) {
            write(s.key(), literal);
            return;
        }
        String reason = entryProblem != null ? entryProblem : "an entry is not a known string";
        entryProblem = null;
        for (Value v : list.items()) {
            if (v instanceof Value.Dynamic d) {
                reason = d.reason();
                break;
            }
        }
        keepAsComment(s, reason);
    }

    private String listOf(Value.ListValue list, java.util.function.Function<Value, String> item) {
        List<String> parts = new ArrayList<>();
        for (Value v : list.items()) {
            String s = item.apply(v);
            if (s == null) {
                return null;
            }
            parts.add(s);
        }
        return parts.isEmpty() ? "[]" : "[ " + String.join(", ", parts) + " ]";
    }

    /** Defaults that changed between xm and xl, written out so the guest behaves as under xm. */
    private void defaults() {
        List<String> lines = new ArrayList<>();
        boolean hvm = model.guest().type() == GuestType.HVM;
        if (!written.containsKey("name") && model.setting("name") == null) {
            lines.add("name = " + XlLiteral.quote(fileBaseName) + "  # xm named the domain after its file");
        }
        // the catalogue's convert_default: memory, on_crash, pci_msitranslate (with pci), boot and hpet (HVM)
        for (KeyCatalogue.Key k : KeyCatalogue.get().all()) {
            if (k.writtenDefault() != null && model.setting(k.name()) == null
                    && (k.writtenIf() == null || model.setting(k.writtenIf()) != null)
                    && k.guest().types().contains(model.guest().type())) {
                lines.add(k.name() + " = " + xmDefault(k) + "  # " + k.writtenDefault());
            }
        }
        if (hvm) {
            boolean nographic = isOn("nographic");
            boolean display = isOn("vnc") || isOn("sdl") || model.setting("vfb") != null;
            if (nographic || !display) {
                if (!"0".equals(written.get("vnc")) && (model.setting("vnc") == null || nographic)) {
                    lines.add("vnc = 0  # " + (nographic ? "xm's nographic turned VNC off"
                            : "xm gave an HVM guest without vnc or sdl no display; xl would start VNC"));
                    if (written.containsKey("vnc")) {
                        out.removeIf(l -> l.startsWith("vnc = "));
                    }
                }
                if (nographic && isOn("sdl")) {
                    out.removeIf(l -> l.startsWith("sdl = "));
                    lines.add("sdl = 0  # xm's nographic turned SDL off");
                }
            }
            if (isOn("sdl") && model.setting("opengl") == null && !nographic) {
                KeyCatalogue.Key opengl = KeyCatalogue.get().key("opengl");
                lines.add("opengl = " + xmDefault(opengl) + "  # xm's default for SDL; xl's is "
                        + opengl.xlDefaultLiteral());
            }
            if (model.setting("videoram") == null) {
                notes.add(new Note(0, "xm gave HVM guests 4 MiB of video memory; xl's minimum is 8 MiB (cirrus), "
                        + "so the guest gets more"));
            }
        }
        if (!lines.isEmpty()) {
            out.add("");
            out.add("# Defaults that differ between xm and xl, written out so the guest behaves as it did under xm");
            out.addAll(lines);
        }
    }

    /** xm's default for a key, from the key catalogue, as an xl literal. */
    private static String xmDefault(KeyCatalogue.Key k) {
        String literal = k.xmDefaultLiteral();
        if (literal == null) {
            throw new IllegalStateException("the key catalogue has no xm default for " + k.name());
        }
        return literal;
    }

    private boolean isOn(String key) {
        Setting s = model.setting(key);
        if (s == null || s.candidates().size() != 1) {
            return false;
        }
        Value v = s.candidates().get(0);
        return v instanceof Value.Int i && i.value() != 0 || v instanceof Value.Bool b && b.value();
    }

    private String pythonText(Setting s) {
        String text = source.slice(s.last().valueRange());
        return text.replace("\r", "").replace("\n", " ");
    }

    private TextRange range(Statement.Compound c) {
        return new TextRange(c.clauses().get(0).header().range().start(), tree.range(tree.tokens().get(lastToken(c))).end());
    }

    private static Token firstHeaderToken(Statement.Compound c) {
        return c.clauses().get(0).header().tree().first();
    }

    /** The last token of a compound statement: of its last line. */
    private int lastToken(Statement s) {
        if (s instanceof Statement.Simple simple) {
            return simple.line().lastToken();
        }
        Statement.Compound c = (Statement.Compound) s;
        Statement.Clause last = c.clauses().get(c.clauses().size() - 1);
        return last.body().isEmpty() ? last.header().lastToken() : lastToken(last.body().get(last.body().size() - 1));
    }
}
