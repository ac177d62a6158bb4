package dev.xenlint.cli;

/**
 * The launcher's training run, which the class cache of {@code bin/xenlint} is made from (a CDS archive on
 * JDK 17-24, an AOT cache on 25 and later): the classes a process loads here are the ones later runs find
 * in the cache instead of reading and verifying them from the jar. One process runs, on the project's
 * test data, the commands people run most: a plain {@code check} (read without picocli, the broken files
 * included so that the generated parser's classes are cached too), a {@code check} whose options picocli
 * reads, {@code format --check} (the second pre-commit hook), {@code --version}, and a check in each report
 * format CI reads; {@code explain}, {@code rules}, {@code dump} and {@code convert}; then a {@code format} and a {@code check --fix} that write (copies, in a temporary
 * directory removed after). Trained on the plain check alone, the others read picocli, the formatter or their report
 * format from the jar: opening and indexing it, then reading and verifying the classes, cost a format of one
 * file about 60 ms more than a check, a SARIF report some 15 ms.
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
            // the report formats of CI and editors, each a class or two of its own
            {"check", "--format", "sarif", broken},
            {"check", "--format", "github", broken},
            {"check", "--format", "gitlab", broken},
            {"check", "--format", "junit", broken},
            {"check", "--format", "checkstyle", broken},
            {"check", "--format", "concise", broken},
            {"check", "--format", "gcc", broken},
            // what a user runs next: a rule's document, the list, what xenlint read, the conversion
            {"explain", "XC103"},
            {"rules"},
            {"dump", xl + "/windows-hvm.cfg"},
            {"convert", "--to", "xl", xm + "/libvirt-style-hvm.cfg"},
        };
        int[] exits = new int[runs.length + 2];
        for (int i = 0; i < runs.length; i++) {
            exits[i] = Main.run(runs[i], new java.io.ByteArrayInputStream(new byte[0]), out, err);
        }
        // and the writes of `format` and `check --fix`, on copies in a directory of their own
        java.nio.file.Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("xenlint-training");
            java.nio.file.Path pv = java.nio.file.Path.of(xm, "xmexample1-pv.cfg");
            java.nio.file.Path a = java.nio.file.Files.copy(pv, dir.resolve("a.cfg"));
            java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.cfg"), // CRLF, which --fix makes LF
                    "name = \"a\"\r\nkernel = \"/boot/vmlinuz\"\r\nmemory = 512\r\n");
            exits[runs.length] = Main.run(new String[] {"format", a.toString()},
                    new java.io.ByteArrayInputStream(new byte[0]), out, err);
            exits[runs.length + 1] = Main.run(new String[] {"check", "--fix", b.toString()},
                    new java.io.ByteArrayInputStream(new byte[0]), out, err);
        } catch (java.io.IOException e) {
            err.println("xenlint training: " + e);
            exits[runs.length] = Main.EXIT_ERROR;
        } finally {
            if (dir != null) {
                for (String name : new String[] {"a.cfg", "b.cfg"}) {
                    try {
                        java.nio.file.Files.deleteIfExists(dir.resolve(name));
                    } catch (java.io.IOException ignored) {
                        // a file left in the temporary directory
                    }
                }
                try {
                    java.nio.file.Files.deleteIfExists(dir);
                } catch (java.io.IOException ignored) {
                    // left in the temporary directory
                }
            }
        }
        return exits;
    }
}
