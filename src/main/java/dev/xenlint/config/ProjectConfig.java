package dev.xenlint.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.xenlint.analysis.RuleSelection;
import dev.xenlint.format.Formatter;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.XenVersion;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settings from a {@code .xenlint.toml}:
 * <pre>
 * dialect = "auto"                  # auto, xm or xl
 * xen-version = "4.19"              # the Xen release the files target (default: 4.22 for xl, 4.4 for xm)
 * select = ["ALL"]                  # codes, names, code prefixes
 * ignore = ["XC101"]
 * include = ["*.cfg", "vm/*"]       # files taken when walking directories
 * exclude = ["old/**"]
 * [severity]
 * unknown-key = "error"
 * [per-file-ignores]
 * "legacy/*.cfg" = ["python-in-xl-config"]
 * [format]
 * line-width = 100
 * </pre>
 * Globs are matched against the path relative to the directory holding the
 * file, and against the file name alone.
 */
public final class ProjectConfig {

    public static final String FILE_NAME = ".xenlint.toml";

    private static final Set<String> KEYS = Set.of("dialect", "xen-version", "select", "ignore", "include", "exclude", "severity",
            "per-file-ignores", "format", "fleet");

    private final Path file;
    private final Path root;
    private final Dialect dialect;
    private final XenVersion xenVersion;
    private final RuleSelection selection;
    private final Map<PathMatcher, List<String>> perFileIgnores;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final Formatter.Options format;
    private List<List<PathMatcher>> alternatives = List.of();

    private ProjectConfig(Path file, Dialect dialect, XenVersion xenVersion, RuleSelection selection,
                          Map<PathMatcher, List<String>> perFileIgnores, List<PathMatcher> include,
                          List<PathMatcher> exclude, Formatter.Options format) {
        this.file = file;
        this.root = file == null ? null : file.toAbsolutePath().normalize().getParent();
        this.dialect = dialect;
        this.xenVersion = xenVersion;
        this.selection = selection;
        this.perFileIgnores = perFileIgnores;
        this.include = include;
        this.exclude = exclude;
        this.format = format;
    }

    /** The settings used when no configuration file applies. */
    public static final ProjectConfig DEFAULT = new ProjectConfig(null, null, null, RuleSelection.DEFAULT, Map.of(),
            List.of(), List.of(), Formatter.Options.DEFAULT);

    /** The file these settings came from, or null for the defaults. */
    public Path file() {
        return file;
    }

    /** The dialect set in the file, or null (auto). */
    public Dialect dialect() {
        return dialect;
    }

    /** The Xen release set in the file, or null (the dialect's default). */
    public XenVersion xenVersion() {
        return xenVersion;
    }

    public RuleSelection selection() {
        return selection;
    }

    /** The {@code [format]} settings, checked when the file was loaded. */
    public Formatter.Options formatOptions() {
        return format;
    }

    /** The selection for one file: per-file ignores whose glob matches it are added. */
    public RuleSelection selectionFor(Path path) {
        List<String> extra = new ArrayList<>();
        Path rel = relative(path);
        if (rel != null) {
            perFileIgnores.forEach((glob, codes) -> {
                if (glob.matches(rel) || glob.matches(rel.getFileName())) {
                    extra.addAll(codes);
                }
            });
        }
        return selection.ignoring(extra);
    }

    /**
     * The {@code [fleet] alternatives} groups a file belongs to, each named by this configuration
     * file and its position: files of one group are configurations of one guest that never run at
     * the same time, so the fleet checks do not compare them with each other.
     */
    public java.util.Set<String> alternativeGroupsFor(Path path) {
        Path rel = relative(path);
        if (rel == null || alternatives.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int i = 0; i < alternatives.size(); i++) {
            for (PathMatcher m : alternatives.get(i)) {
                if (m.matches(rel) || m.matches(rel.getFileName())) {
                    out.add(root + "#" + i);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a file found by walking a directory is taken: it matches include (if given) and no exclude. */
    public boolean takes(Path path, boolean defaultTaken) {
        Path rel = relative(path);
        if (rel == null) {
            return defaultTaken;
        }
        for (PathMatcher m : exclude) {
            if (m.matches(rel)) {
                return false;
            }
        }
        if (include.isEmpty()) {
            return defaultTaken;
        }
        for (PathMatcher m : include) {
            if (m.matches(rel) || m.matches(rel.getFileName())) {
                return true;
            }
        }
        return false;
    }

    private Path relative(Path path) {
        if (root == null || path == null) {
            return null;
        }
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs) : null;
    }

    /** Reads and checks a configuration file. */
    public static ProjectConfig load(Path file) throws ConfigException {
        String name = file.toString();
        JsonNode tree;
        String text = null;
        try {
            // the same bounded read as configurations: `--config /dev/zero` stops at the limit
            byte[] bytes = dev.xenlint.text.SizeLimit.read(file);
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            tree = new TomlMapper().readTree(text);
        } catch (JacksonException e) {
            KeyLines.Duplicate twice = text == null ? null : KeyLines.of(text).duplicate();
            if (twice != null) { // the parser says only "Duplicate key", after the line
                throw new ConfigException(name + ":" + twice.second() + ": not valid TOML: `" + twice.key()
                        + "` is set twice (lines " + twice.first() + " and " + twice.second() + ")");
            }
            var at = e.getLocation();
            String line = at != null && at.getLineNr() > 0 ? ":" + at.getLineNr()
                    + (at.getColumnNr() > 0 ? ":" + at.getColumnNr() : "") : "";
            throw new ConfigException(name + line + ": not valid TOML: " + e.getOriginalMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException(name + " is not UTF-8 text; TOML files must be UTF-8");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("cannot read " + name + ": no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ConfigException("cannot read " + name + ": permission denied");
        } catch (dev.xenlint.text.SizeLimit.TooLargeException e) {
            throw new ConfigException(e.getMessage());
        } catch (IOException e) {
            String why = e.getMessage();
            throw new ConfigException("cannot read " + name + (why == null || why.equals(name) ? "" : ": " + why));
        }
        if (tree == null || !tree.isObject()) {
            tree = new TomlMapper().createObjectNode();
        }
        Where where = new Where(name, KeyLines.of(text));
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ConfigException(where.at(key) + ": unknown setting `" + key + "`; known settings are "
                        + String.join(", ", KEYS.stream().sorted().toList()));
            }
        }
        Dialect dialect = null;
        if (tree.has("dialect")) {
            String d = text(tree.get("dialect"), where, "dialect");
            if (!d.equals("auto")) {
                dialect = Dialect.parse(d);
                if (dialect == null) {
                    throw new ConfigException(where.at("dialect") + ": `dialect` must be \"auto\", \"xm\" or \"xl\", not \"" + d + "\"");
                }
            }
        }
        XenVersion xenVersion = null;
        if (tree.has("xen-version")) {
            String v = text(tree.get("xen-version"), where, "xen-version");
            String problem = XenVersion.check(v);
            if (problem != null) {
                throw new ConfigException(where.at("xen-version") + ": `xen-version` " + problem);
            }
            xenVersion = XenVersion.parse(v);
        }
        List<String> select = tree.has("select") ? selectors(tree.get("select"), where, "select") : List.of("ALL");
        List<String> ignore = tree.has("ignore") ? selectors(tree.get("ignore"), where, "ignore") : List.of();
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (tree.has("severity")) {
            JsonNode table = table(tree.get("severity"), where, "severity");
            for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (dev.xenlint.analysis.Rules.find(e.getKey()) == null) {
                    throw new ConfigException(where.at("severity." + e.getKey()) + ": [severity] names `" + e.getKey()
                            + "`, which is no rule");
                }
                Severity s = Severity.parse(text(e.getValue(), where, "severity." + e.getKey()));
                if (s == null) {
                    throw new ConfigException(where.at("severity." + e.getKey()) + ": severity of `" + e.getKey()
                            + "` must be \"error\", \"warning\" or \"info\"");
                }
                severities.put(e.getKey(), s);
            }
        }
        Map<PathMatcher, List<String>> perFile = new LinkedHashMap<>();
        if (tree.has("per-file-ignores")) {
            JsonNode table = table(tree.get("per-file-ignores"), where, "per-file-ignores");
            for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                perFile.put(glob(e.getKey(), where, "per-file-ignores." + e.getKey()), selectors(e.getValue(), where, "per-file-ignores." + e.getKey()));
            }
        }
        List<PathMatcher> include = globs(tree.get("include"), where, "include");
        List<PathMatcher> exclude = globs(tree.get("exclude"), where, "exclude");
        Formatter.Options format = tree.has("format")
                ? formatOptions(table(tree.get("format"), where, "format"), where)
                : Formatter.Options.DEFAULT;
        ProjectConfig config = new ProjectConfig(file, dialect, xenVersion,
                new RuleSelection(select, ignore, Map.copyOf(severities)), perFile, include, exclude, format);
        if (tree.has("fleet")) {
            config.alternatives = alternatives(table(tree.get("fleet"), where, "fleet"), where);
        }
        return config;
    }

    /** {@code [fleet] alternatives = [["web.cfg", "web-standby.cfg"], ...]}: lists of globs. */
    private static List<List<PathMatcher>> alternatives(JsonNode table, Where where) throws ConfigException {
        List<List<PathMatcher>> out = new ArrayList<>();
        for (Iterator<String> it = table.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("alternatives")) {
                throw new ConfigException(where.at("fleet." + key) + ": [fleet] has no setting `" + key
                        + "`; it has `alternatives`");
            }
        }
        JsonNode groups = table.get("alternatives");
        if (groups == null) {
            return List.of();
        }
        if (!groups.isArray()) {
            throw new ConfigException(where.at("fleet.alternatives") + ": [fleet] `alternatives` must be a list of lists of file globs, "
                    + "such as [[\"web.cfg\", \"web-standby.cfg\"]]");
        }
        for (JsonNode group : groups) {
            if (!group.isArray()) {
                throw new ConfigException(where.at("fleet.alternatives") + ": [fleet] `alternatives` must be a list of lists of file globs, "
                        + "such as [[\"web.cfg\", \"web-standby.cfg\"]]");
            }
            out.add(globs(group, where, "fleet.alternatives"));
        }
        return List.copyOf(out);
    }

    /** Narrowest and widest {@code [format] line-width} accepted. */
    public static final int MIN_LINE_WIDTH = 20;
    public static final int MAX_LINE_WIDTH = 1000;

    private static Formatter.Options formatOptions(JsonNode table, Where file) throws ConfigException {
        int width = Formatter.Options.DEFAULT.lineWidth();
        Formatter.QuoteStyle quotes = Formatter.Options.DEFAULT.quotes();
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String where = file.at("format." + e.getKey()) + ": [format] ";
            switch (e.getKey()) {
                case "line-width" -> {
                    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < MIN_LINE_WIDTH
                            || v.intValue() > MAX_LINE_WIDTH) {
                        throw new ConfigException(where + "line-width must be a number from " + MIN_LINE_WIDTH
                                + " to " + MAX_LINE_WIDTH + ", not " + v);
                    }
                    width = v.intValue();
                }
                case "quote-style" -> {
                    String q = v.isTextual() ? v.asText().toLowerCase(java.util.Locale.ROOT) : "";
                    quotes = switch (q) {
                        case "preserve" -> Formatter.QuoteStyle.PRESERVE;
                        case "double" -> Formatter.QuoteStyle.DOUBLE;
                        case "single" -> Formatter.QuoteStyle.SINGLE;
                        default -> throw new ConfigException(where
                                + "quote-style must be \"preserve\", \"double\" or \"single\", not " + v);
                    };
                }
                default -> throw new ConfigException(where + "unknown setting `" + e.getKey()
                        + "`; known: line-width, quote-style");
            }
        }
        return new Formatter.Options(width, quotes);
    }

    /**
     * The nearest {@code .xenlint.toml} from a directory upwards, stopping at
     * the root of the repository (a directory holding {@code .git}).
     */
    public static Path find(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        while (dir != null) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            if (Files.exists(dir.resolve(".git"))) {
                return null;
            }
            dir = dir.getParent();
        }
        return null;
    }

    private static String text(JsonNode node, Where where, String key) throws ConfigException {
        if (node == null || !node.isTextual()) {
            throw new ConfigException(where.at(key) + ": `" + key + "` must be a string");
        }
        return node.asText();
    }

    private static JsonNode table(JsonNode node, Where where, String key) throws ConfigException {
        if (!node.isObject()) {
            throw new ConfigException(where.at(key) + ": `" + key + "` must be a table ([" + key + "])");
        }
        return node;
    }

    private static List<String> strings(JsonNode node, Where where, String key) throws ConfigException {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ConfigException(where.at(key) + ": `" + key + "` must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new ConfigException(where.at(key) + ": `" + key + "` must be a list of strings, and " + item
                        + " is not a string");
            }
            out.add(item.asText());
        }
        return List.copyOf(out);
    }

    private static List<String> selectors(JsonNode node, Where where, String key) throws ConfigException {
        List<String> out = strings(node, where, key);
        for (String s : out) {
            if (!RuleSelection.isKnown(s)) {
                throw new ConfigException(where.at(key) + ": `" + key + "` names `" + s + "`, which matches no rule "
                        + "(`xenlint rules` lists them)");
            }
        }
        return out;
    }

    private static List<PathMatcher> globs(JsonNode node, Where where, String key) throws ConfigException {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : strings(node, where, key)) {
            out.add(glob(g, where, key));
        }
        return List.copyOf(out);
    }

    private static PathMatcher glob(String pattern, Where where, String key) throws ConfigException {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where.at(key) + ": `" + pattern + "` is not a valid glob: " + e.getMessage());
        }
    }

    /** The file's name for messages, and {@code name:LINE} for a key whose line is known. */
    private record Where(String name, KeyLines lines) {
        String at(String key) {
            int line = lines.line(key);
            return line > 0 ? name + ":" + line : name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
