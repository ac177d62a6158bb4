package dev.xenlint.cli;

/** When to colour text output. */
enum ColorChoice {
    auto, always, never;

    /** Colour for {@code auto}: a terminal on stdout, no NO_COLOR, and not a dumb terminal. */
    boolean enabled() {
        return switch (this) {
            case always -> true;
            case never -> false;
            case auto -> {
                String noColor = System.getenv("NO_COLOR");
                if (noColor != null && !noColor.isEmpty()) {
                    yield false;
                }
                if ("dumb".equals(System.getenv("TERM"))) {
                    yield false;
                }
                // Java 17 has no isatty for stdout alone; a console means stdin and stdout are terminals
                yield System.console() != null;
            }
        };
    }
}
