package dev.xenlint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's training runs, which the class caches of {@code bin/xenlint} are made from (CDS archives on
 * JDK 17-24, AOT caches on 25 and later): the classes a process loads here are the ones later runs find in the
 * cache instead of reading and verifying them from the jar. There are two caches, because an AOT cache loads
 * all its classes when the JVM starts, whether the run uses them or not: one for {@code check}, the command
 * of hooks and editors (a cache holding every command's classes made one check of one file about 5 ms slower on
 * JDK 25, one with the report formats too 2 ms), and one for every other command.
 *
 * <p>{@code check}: a plain check of the project's test data (the broken files included, so that the generated
 * parser's classes are cached too) and a {@code check --fix} that writes a copy. {@code all}: those, a check in
 * each report format (the launcher gives a check with {@code --format} this cache), a check whose options
 * picocli reads, {@code format --check}, {@code --version},
 * {@code explain}, {@code rules}, {@code dump}, {@code convert} and a {@code format} that writes a copy. Trained
 * on the plain check alone, each of those read picocli, the formatter or their own classes from the jar: opening
 * and indexing it, then reading and verifying the classes, cost a format of one file about 60 ms more than a
 * check.
 *
 * <p>Arguments: the project's directory, then {@code check} or {@code all}; the launcher sends the output to
 * {@code /dev/null}.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        StandardOutput out = StandardOutput.open();
        System.setOut(out);
        run(args.length > 0 ? args[0] : ".", args.length > 1 && args[1].equals("check"), out, System.err);
        out.flush();
        System.exit(0);
    }

    /**
     * Runs the training's commands on the test data under {@code root}, those of a {@code check} only when
     * {@code checkOnly}; their exit statuses, in order.
     */
    static int[] run(String root, boolean checkOnly, PrintStream out, PrintStream err) {
        String xl = root + "/testdata/xl";
        String xm = root + "/testdata/xm";
        String broken = root + "/testdata/broken";
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"check", xl, xm, broken});
        if (!checkOnly) {
            // the report formats of CI, each a class or two of its own (and Jackson for three): the launcher
            // gives a check with --format this cache
            for (String format : new String[] {"json", "sarif", "github", "gitlab", "junit", "checkstyle", "concise",
                "gcc"}) {
                runs.add(new String[] {"check", "--select", "ALL", "--format", format, broken});
            }
            runs.add(new String[] {"check", "--select", "ALL", "--select", "XC1", xl}); // picocli's (repeated)
            runs.add(new String[] {"format", "--check", xl, xm});
            runs.add(new String[] {"--version"});
            // what a user runs next: a rule's document, the list, what xenlint read, the conversion
            runs.add(new String[] {"explain", "XC103"});
            runs.add(new String[] {"rules"});
            runs.add(new String[] {"dump", xl + "/windows-hvm.cfg"});
            runs.add(new String[] {"convert", "--to", "xl", xm + "/libvirt-style-hvm.cfg"});
        }
        int[] exits = new int[runs.size() + (checkOnly ? 1 : 2)];
        for (int i = 0; i < runs.size(); i++) {
            exits[i] = Main.run(runs.get(i), new ByteArrayInputStream(new byte[0]), out, err);
        }
        // and the writes of `check --fix` and `format`, on copies in a directory of their own
        Path dir = null;
        List<Path> made = new ArrayList<>();
        try {
            dir = Files.createTempDirectory("xenlint-training");
            Path crlf = Files.writeString(dir.resolve("b.cfg"), // CRLF, which --fix makes LF
                    "name = \"a\"\r\nkernel = \"/boot/vmlinuz\"\r\nmemory = 512\r\n");
            made.add(crlf);
            exits[runs.size()] = Main.run(new String[] {"check", "--fix", crlf.toString()},
                    new ByteArrayInputStream(new byte[0]), out, err);
            if (!checkOnly) {
                Path copy = Files.copy(Path.of(xm, "xmexample1-pv.cfg"), dir.resolve("a.cfg"));
                made.add(copy);
                exits[runs.size() + 1] = Main.run(new String[] {"format", copy.toString()},
                        new ByteArrayInputStream(new byte[0]), out, err);
            }
        } catch (IOException e) {
            err.println("xenlint training: " + e);
            exits[runs.size()] = Main.EXIT_ERROR;
        } finally {
            for (Path p : made) {
                deleteQuietly(p);
            }
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
        return exits;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // left in the temporary directory
        }
    }
}
