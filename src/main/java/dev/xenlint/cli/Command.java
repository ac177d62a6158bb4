package dev.xenlint.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code xenlint} command: the options and parameters it takes, declared once in its
 * constructor, which serve both to parse its arguments and to print its help.
 *
 * <p>xenlint parses its own command line rather than through a reflective library: a
 * pre-commit hook starts it once per commit and an editor once per save, and building a
 * reflective model of every command cost more than checking the file did.
 */
abstract class Command {

    /** Receives the value of an option or a parameter; may refuse it with a {@link UsageException}. */
    @FunctionalInterface
    interface Setter {
        void set(String value) throws UsageException;
    }

    /** A usage error: the message is printed after {@code xenlint: }, then where to find the usage. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** An option: its names ({@code -o, --output}), its value's label (null for a flag) and description. */
    record Option(List<String> names, String label, String description, Setter setter, boolean required) {
        String longestName() {
            return names.get(names.size() - 1);
        }
    }

    /** The positional parameters: their label, whether several may follow, their description. */
    record Parameters(String label, boolean many, String description, Setter setter) { }

    private static final int WIDTH = 80;

    final String name;
    final String summary;
    private final List<String> details;
    private List<String> footer = List.of();
    private final List<Option> options = new ArrayList<>();
    private Parameters parameters;

    /** Set by {@link Main} before {@link #call()}. */
    Main main;
    PrintWriter out;
    PrintWriter err;

    /**
     * @param summary one sentence, shown in the list of commands and first in the command's help
     * @param details paragraphs (each reflowed to the terminal width; an empty string separates them)
     */
    Command(String name, String summary, String... details) {
        this.name = name;
        this.summary = summary;
        this.details = List.of(details);
    }

    /** Runs the command once its arguments are parsed; returns the exit status. */
    abstract int call();

    final void footer(String... lines) {
        footer = List.of(lines);
    }

    /** A flag: present or not. */
    final void flag(String names, String description, Runnable set) {
        options.add(new Option(List.of(names.split(", ")), null, description, v -> set.run(), false));
    }

    /** An option with a value, given as {@code --name VALUE} or {@code --name=VALUE}. */
    final void option(String names, String label, String description, Setter set) {
        options.add(new Option(List.of(names.split(", ")), label, description, set, false));
    }

    /** An option that must be given. */
    final void requiredOption(String names, String label, String description, Setter set) {
        options.add(new Option(List.of(names.split(", ")), label, description, set, true));
    }

    /** The positional parameters: exactly one, or with {@code many} one or more. */
    final void parameters(String label, boolean many, String description, Setter add) {
        parameters = new Parameters(label, many, description, add);
    }

    /** The value of an option naming one of {@code values} (case-insensitive). */
    static <E extends Enum<E>> E choice(String option, String value, E[] values) throws UsageException {
        for (E e : values) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : values) {
            names.add(e.name());
        }
        throw new UsageException("invalid value for " + option + ": expected one of " + String.join(", ", names)
                + ", not `" + value + "`");
    }

    /** The value of an option counting something: a whole number from 1. */
    static int count(String option, String value) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("invalid value for " + option + ": expected a whole number from 1, not `" + value + "`");
    }

    /** The value of an option naming a file. */
    static java.nio.file.Path path(String option, String value) throws UsageException {
        try {
            return java.nio.file.Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("invalid value for " + option + ": " + e.getMessage());
        }
    }

    /** What the command line asked for besides running the command. */
    enum Request { RUN, HELP, VERSION }

    /** Parses {@code args} from index {@code from} into this command. */
    final Request parse(String[] args, int from) throws UsageException {
        int given = 0;
        boolean onlyParameters = false;
        List<Option> seen = new ArrayList<>();
        Request request = Request.RUN;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!onlyParameters && arg.equals("--")) {
                onlyParameters = true;
                continue;
            }
            if (!onlyParameters && arg.startsWith("-") && !arg.equals("-")) {
                int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
                String optionName = eq < 0 ? arg : arg.substring(0, eq);
                if (optionName.equals("-h") || optionName.equals("--help")) {
                    request = Request.HELP;
                    continue;
                }
                if (optionName.equals("-V") || optionName.equals("--version")) {
                    request = request == Request.HELP ? request : Request.VERSION;
                    continue;
                }
                Option option = find(optionName);
                if (option == null) {
                    throw new UsageException("unknown option " + optionName);
                }
                String value = null;
                if (option.label() != null) {
                    if (eq >= 0) {
                        value = arg.substring(eq + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new UsageException(optionName + " needs a value (" + option.label() + ")");
                    }
                } else if (eq >= 0) {
                    throw new UsageException(optionName + " takes no value");
                }
                option.setter().set(value);
                seen.add(option);
                continue;
            }
            if (parameters == null || (given == 1 && !parameters.many())) {
                throw new UsageException("unexpected argument `" + arg + "`");
            }
            parameters.setter().set(arg);
            given++;
        }
        if (request != Request.RUN) {
            return request;
        }
        for (Option o : options) {
            if (o.required() && !seen.contains(o)) {
                throw new UsageException(o.longestName() + " " + o.label() + " is required");
            }
        }
        if (parameters != null && given == 0) {
            throw new UsageException("missing " + parameters.label());
        }
        return request;
    }

    private Option find(String optionName) {
        for (Option o : options) {
            if (o.names().contains(optionName)) {
                return o;
            }
        }
        return null;
    }

    /** Prints the command's help: usage, summary, details, options, footer. */
    final void printHelp(PrintWriter to) {
        StringBuilder usage = new StringBuilder("Usage: xenlint ").append(name).append(" [OPTIONS]");
        for (Option o : options) {
            if (o.required()) {
                usage.append(' ').append(o.longestName()).append(' ').append(o.label());
            }
        }
        if (parameters != null) {
            usage.append(' ').append(parameters.label()).append(parameters.many() ? "..." : "");
        }
        to.println(usage);
        to.println(summary);
        if (!details.isEmpty()) {
            to.println();
            printParagraphs(to, details, "");
        }
        to.println();
        List<String[]> rows = new ArrayList<>();
        if (parameters != null) {
            rows.add(new String[] {"  " + parameters.label() + (parameters.many() ? "..." : ""), parameters.description()});
        }
        for (Option o : options) {
            String names = String.join(", ", o.names());
            rows.add(new String[] {(o.names().get(0).startsWith("--") ? "      " : "  ") + names
                    + (o.label() == null ? "" : " " + o.label()), o.description()});
        }
        rows.add(new String[] {"  -h, --help", "Show this help and exit."});
        rows.add(new String[] {"  -V, --version", "Print the version and exit."});
        printTable(to, rows);
        if (!footer.isEmpty()) {
            to.println();
            footer.forEach(to::println);
        }
        to.flush();
    }

    /** Two columns: a name, and its text wrapped beside it (below it when the name is long). */
    static void printTable(PrintWriter to, List<String[]> rows) {
        int column = 0;
        for (String[] row : rows) {
            if (row[0].length() <= 28) {
                column = Math.max(column, row[0].length());
            }
        }
        column += 2;
        String indent = " ".repeat(column);
        for (String[] row : rows) {
            List<String> lines = wrap(row[1], WIDTH - column);
            if (row[0].length() + 2 > column) {
                to.println(row[0]);
                lines.forEach(l -> to.println(indent + l));
            } else {
                to.println(row[0] + " ".repeat(column - row[0].length()) + lines.get(0));
                lines.stream().skip(1).forEach(l -> to.println(indent + l));
            }
        }
    }

    /** Prints paragraphs (separated by empty strings) wrapped to the width. */
    static void printParagraphs(PrintWriter to, List<String> paragraphs, String indent) {
        for (String p : paragraphs) {
            if (p.isEmpty()) {
                to.println();
            } else {
                wrap(p, WIDTH - indent.length()).forEach(l -> to.println(indent + l));
            }
        }
    }

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word gets its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
