package dev.xenlint.cli;

import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The commands' models, built with picocli's programmatic API. Reading them from annotations
 * (reflection over each command's fields, an annotation proxy per option, a reflective
 * constructor call) was the larger part of picocli's start-up: about 70 ms of CPU for
 * {@code check} alone on a loaded 2-core machine, against 8 ms built this way. Each command
 * declares its options where its fields are; this class only holds the shared pieces.
 */
final class Specs {

    private Specs() {
    }

    /**
     * A command named {@code name} run by {@code command} (a {@link java.util.concurrent.Callable}),
     * with {@code -h}/{@code --help} and {@code -V}/{@code --version} as picocli's
     * {@code mixinStandardHelpOptions} defines them (same names and descriptions).
     */
    static CommandSpec command(Object command, String name, String[] description, String... footer) {
        // each command's --version prints what the root's does (without a provider of its own it printed nothing)
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new Main.Version());
        int width = spec.usageMessage().width();
        spec.usageMessage().description(wrap(description, width));
        if (footer.length > 0) {
            spec.usageMessage().footer(wrap(footer, width));
        }
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /**
     * Each paragraph (one element) broken at spaces into lines of at most {@code width} columns. picocli
     * wraps a longer line itself, but also breaks after a dot inside a word ({@code *.}, {@code hvm}).
     */
    static String[] wrap(String[] paragraphs, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            int start = 0;
            while (p.length() - start > width) {
                int cut = p.lastIndexOf(' ', start + width);
                if (cut <= start) { // a word longer than a line: a line of its own
                    cut = p.indexOf(' ', start + width);
                    if (cut < 0) {
                        break;
                    }
                }
                lines.add(p.substring(start, cut));
                start = cut + 1;
            }
            lines.add(p.substring(start));
        }
        return lines.toArray(new String[0]);
    }

    /**
     * The help of a command whose option and parameter descriptions are first broken at spaces ({@link #wrap})
     * to the width of the help's description column, which depends on the command's options: picocli would
     * break "from .xenlint.toml" after its first dot. Only a help being shown pays for it.
     */
    static final class WrappingHelp implements picocli.CommandLine.IHelpFactory {
        @Override
        public picocli.CommandLine.Help create(CommandSpec spec, picocli.CommandLine.Help.ColorScheme scheme) {
            picocli.CommandLine.Help help = new picocli.CommandLine.Help(spec, scheme);
            // picocli's layout: columns of 2, 2 and 1, the long options', then the description's, each of the
            // last two with an indent of one
            int width = spec.usageMessage().width() - 5
                    - help.calcLongOptionColumnWidth(spec.options(), spec.positionalParameters(), scheme) - 1;
            for (OptionSpec option : new java.util.ArrayList<>(spec.options())) {
                String[] lines = hanging(option.description(), width);
                if (!java.util.Arrays.equals(lines, option.description())) {
                    spec.remove(option);
                    spec.addOption(option.toBuilder().description(lines).build());
                }
            }
            java.util.List<PositionalParamSpec> positionals = new java.util.ArrayList<>(spec.positionalParameters());
            boolean rewrap = false;
            for (PositionalParamSpec p : positionals) {
                rewrap |= !java.util.Arrays.equals(hanging(p.description(), width), p.description());
            }
            if (rewrap) { // all of them, in order, so that each keeps its place
                for (PositionalParamSpec p : positionals) {
                    spec.remove(p);
                }
                for (PositionalParamSpec p : positionals) {
                    spec.addPositional(p.toBuilder().description(hanging(p.description(), width)).build());
                }
            }
            return new picocli.CommandLine.Help(spec, scheme);
        }

        /**
         * Each paragraph broken at spaces, its first line at most {@code width} columns and the rest two
         * fewer, indented by two as picocli indents the lines it wraps itself. A description already
         * broken so is given back as it is.
         */
        static String[] hanging(String[] paragraphs, int width) {
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (String p : paragraphs) {
                if (p.startsWith("  ")) { // a continuation line of an earlier pass
                    lines.add(p);
                    continue;
                }
                String[] first = wrap(new String[] {p}, width);
                lines.add(first[0]);
                if (first.length > 1) {
                    String rest = p.substring(first[0].length() + 1);
                    for (String line : wrap(new String[] {rest}, width - 2)) {
                        lines.add("  " + line);
                    }
                }
            }
            return lines.toArray(new String[0]);
        }
    }

    /** An option without a value ({@code --fix}); {@code set} receives whether it was given. */
    static OptionSpec flag(String[] names, String description, Consumer<Boolean> set) {
        return bind(OptionSpec.builder(names).type(boolean.class).description(description),
                (Boolean v) -> set.accept(v != null && v)).build();
    }

    static OptionSpec flag(String name, String description, Consumer<Boolean> set) {
        return flag(new String[] {name}, description, set);
    }

    /** An option with one value of {@code type}, converted by picocli. */
    static <V> OptionSpec.Builder option(String name, Class<V> type, String paramLabel, String description,
            Consumer<V> set) {
        return option(new String[] {name}, type, paramLabel, description, set);
    }

    static <V> OptionSpec.Builder option(String[] names, Class<V> type, String paramLabel, String description,
            Consumer<V> set) {
        return bind(OptionSpec.builder(names).type(type).paramLabel(paramLabel).description(description), set);
    }

    /** An option that can be repeated, each value a comma-separated list ({@code --select A,B --select C}). */
    static OptionSpec commaList(String name, String paramLabel, String description,
            Consumer<java.util.List<String>> set) {
        return bind(OptionSpec.builder(name).type(java.util.List.class).auxiliaryTypes(String.class).splitRegex(",")
                .paramLabel(paramLabel).description(description), set).build();
    }

    /** A positional parameter of one value, required (as picocli makes one read from an annotation). */
    static PositionalParamSpec parameter(String paramLabel, String description, Consumer<String> set) {
        return bind(PositionalParamSpec.builder().type(String.class).required(true).paramLabel(paramLabel)
                .description(description),
                set).build();
    }

    /** Positional parameters collected into a list, at least one ({@code arity}, e.g. "1..*"). */
    static PositionalParamSpec parameters(String paramLabel, String arity, String description,
            Consumer<java.util.List<String>> set) {
        return bind(PositionalParamSpec.builder().type(java.util.List.class).auxiliaryTypes(String.class)
                .arity(arity).required(true).paramLabel(paramLabel).description(description), set).build();
    }

    /** Routes an option's value to {@code set} (picocli reads it back through the getter). */
    static <V> OptionSpec.Builder bind(OptionSpec.Builder builder, Consumer<V> set) {
        Binding<V> binding = new Binding<>(set);
        return builder.getter(binding).setter(binding);
    }

    /** Routes a positional parameter's value to {@code set}. */
    static <V> PositionalParamSpec.Builder bind(PositionalParamSpec.Builder builder, Consumer<V> set) {
        Binding<V> binding = new Binding<>(set);
        return builder.getter(binding).setter(binding);
    }

    /** An argument's value, kept for picocli and passed on to the command's field. */
    private static final class Binding<V> implements IGetter, ISetter {
        private final Consumer<V> set;
        private Object value;

        Binding(Consumer<V> set) {
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T newValue) {
            T old = (T) value;
            value = newValue;
            set.accept((V) newValue);
            return old;
        }
    }
}
