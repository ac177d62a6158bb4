import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (run by Maven in generate-sources, as a single-file program): turns a table of the
 * resources into a Java class holding its lines, so that a run reads the table without opening the
 * jar for a resource or scanning the text for line ends in interpreted code (issue 14).
 *
 * <p>Usage: {@code java TsvLines.java OUTPUT_ROOT TABLE.tsv=pkg.ClassName ...}. Each class gets
 * {@code static final String[] LINES}: the table's lines in order, without blank lines and
 * {@code #} comments, a trailing CR removed. A file is rewritten only when its text changes.
 */
public class TsvLines {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java TsvLines.java OUTPUT_ROOT TABLE.tsv=pkg.ClassName ...");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].lastIndexOf('=');
            Path table = Path.of(args[i].substring(0, eq));
            String qualified = args[i].substring(eq + 1);
            int dot = qualified.lastIndexOf('.');
            String pkg = qualified.substring(0, dot);
            String name = qualified.substring(dot + 1);
            StringBuilder out = new StringBuilder();
            out.append("// Made by src/build/TsvLines.java from ").append(table.getFileName())
                    .append(" at build time: edit the table, not this file.\n");
            out.append("package ").append(pkg).append(";\n\n");
            out.append("/** The lines of ").append(table.getFileName())
                    .append(" that are neither blank nor comments, in order. */\n");
            out.append("final class ").append(name).append(" {\n");
            out.append("    private ").append(name).append("() {\n    }\n\n");
            out.append("    static final String[] LINES = {\n");
            List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.endsWith("\r")) {
                    line = line.substring(0, line.length() - 1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.append("        \"").append(escape(line)).append("\",\n");
            }
            out.append("    };\n}\n");
            Path file = root.resolve(pkg.replace('.', '/')).resolve(name + ".java");
            String text = out.toString();
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
