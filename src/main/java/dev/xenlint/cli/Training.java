package dev.xenlint.cli;

/**
 * The launcher's training run, which the class cache of {@code bin/xenlint} is made from (a CDS archive on
 * JDK 17-24, an AOT cache on 25 and later): the classes a process loads here are the ones later runs find
 * in the cache instead of reading and verifying them from the jar. One process runs, on the project's
 * test data, the commands people run most: a plain {@code check} (read without picocli, the broken files
 * included so that the generated parser's classes are cached too), a {@code check} whose options picocli
 * reads, {@code format --check} (the second pre-commit hook) and {@code --version}. Trained on the plain
 * check alone, each of the last three read picocli and the formatter from the jar: about 60 ms more
 * than a check of the same file.
 *
 * <p>Its only argument is the project's directory; the launcher sends its output to {@code /dev/null}.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        StandardOutput out = StandardOutput.open();
        System.setOut(out);
        run(args.length > 0 ? args[0] : ".", out, System.err);
        out.flush();
        System.exit(0);
    }

    /** Runs the training's commands on the test data under {@code root}; their exit statuses, in order. */
    static int[] run(String root, java.io.PrintStream out, java.io.PrintStream err) {
        String xl = root + "/testdata/xl";
        String xm = root + "/testdata/xm";
        String broken = root + "/testdata/broken";
        String[][] runs = {
            {"check", xl, xm, broken},
            {"check", "--select", "ALL", "--format", "json", xl, broken},
            {"format", "--check", xl, xm},
            {"--version"},
        };
        int[] exits = new int[runs.length];
        for (int i = 0; i < runs.length; i++) {
            exits[i] = Main.run(runs[i], new java.io.ByteArrayInputStream(new byte[0]), out, err);
        }
        return exits;
    }
}
