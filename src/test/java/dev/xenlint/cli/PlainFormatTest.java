package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code format} with plain arguments runs without picocli, as {@code check} does ({@link PlainCheckTest}): the
 * same output, errors, exit status and written files as the run through picocli, and every other argument
 * left to picocli.
 */
class PlainFormatTest {

    private static final String MESSY = "name='a'\nkernel  =  \"/k\"\nmemory=512   # MiB\n";

    /** Arguments (after "format") read without picocli; DIR is a directory holding copies of the test data. */
    private static final List<List<String>> PLAIN = List.of(
            List.of("--check", "DIR/xl"),
            List.of("--check", "DIR/xl/windows-hvm.cfg", "DIR/xm"),
            List.of("--diff", "DIR/xm"),
            List.of("--check", "--diff", "DIR/xl"),
            List.of("--diff", "--force-write", "DIR/xm/xmexample1-pv.cfg", "-"),
            List.of("--check", "--dialect", "xm", "DIR/xl"),
            List.of("--check", "--dialect=xl", "--xen-version", "3.4", "DIR/xm"),
            List.of("--check", "--xen-version", "banana", "DIR/xl"),
            List.of("--check", "DIR/broken"),
            List.of("--check", "DIR/xl/no-such-file.cfg"),
            List.of("DIR/xl"),
            List.of("DIR/xm/xmexample1-pv.cfg", "--force-write"),
            List.of("DIR/broken", "DIR/xl"),
            List.of("-"),
            List.of("--check", "-"),
            List.of("--diff", "-"),
            List.of("-", "-"),
            List.of("--config", "DIR/none.toml", "--check", "DIR/xl"),
            List.of("--config=DIR/xl.toml", "--check", "DIR/xl"));

    /** Arguments that picocli reads (or refuses), as before. */
    private static final List<List<String>> NOT_PLAIN = List.of(
            List.of(),
            List.of("--check"),
            List.of("--help"),
            List.of("-h", "DIR/xl"),
            List.of("--check=true", "DIR/xl"),
            List.of("--check", "--check", "DIR/xl"),
            List.of("--dialect", "XM", "--check", "DIR/xl"),
            List.of("--dialect", "python", "DIR/xl"),
            List.of("--xen-version", "--check", "DIR/xl"),
            List.of("-v", "--check", "DIR/xl"),
            List.of("--", "DIR/xl"),
            List.of("@args.txt"),
            List.of("--check", "DIR/xl", ""));

    @Test
    void plainArgumentsAreReadWithoutPicocliAndRunTheSame(@TempDir Path tmp) throws IOException {
        for (List<String> args : PLAIN) {
            assertTrue(new FormatCommand(null).parsePlain(with(args, "DIR").toArray(new String[0]), 0), "plain: " + args);
            sameBothWays(tmp, args);
        }
    }

    @Test
    void otherArgumentsGoToPicocliAndRunAsBefore(@TempDir Path tmp) throws IOException {
        for (List<String> args : NOT_PLAIN) {
            assertFalse(new FormatCommand(null).parsePlain(with(args, "DIR").toArray(new String[0]), 0),
                    "not plain: " + args);
            sameBothWays(tmp, args);
        }
    }

    /** Runs {@code format ARGS} both ways, each on a copy of the test data of its own, and compares all. */
    private static void sameBothWays(Path tmp, List<String> args) throws IOException {
        InProcessRun[] runs = new InProcessRun[2];
        List<String> written = new ArrayList<>();
        for (int way = 0; way < 2; way++) {
            Path dir = Files.createTempDirectory(tmp, "way" + way);
            copy(Path.of("testdata"), dir);
            Files.writeString(dir.resolve("xl.toml"), "[format]\nline-width = 50\nquote-style = \"single\"\n");
            List<String> line = new ArrayList<>(List.of("format"));
            line.addAll(with(args, dir.toString()));
            InProcessRun r = InProcessRun.of(line, MESSY, way == 0);
            runs[way] = new InProcessRun(r.exit(), r.out().replace(dir.toString(), "DIR"), r.err().replace(dir.toString(), "DIR"));
            written.add(contents(dir));
        }
        assertEquals(runs[1], runs[0], args.toString());
        assertEquals(written.get(1), written.get(0), "the files written by " + args);
    }

    private static List<String> with(List<String> args, String dir) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.replace("DIR", dir));
        }
        return out;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** Every file under {@code dir}, its path and text, in order. */
    private static String contents(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(p)) {
                    sb.append(dir.relativize(p)).append('\n').append(new String(Files.readAllBytes(p),
                            StandardCharsets.ISO_8859_1)).append('\n');
                }
            }
        }
        assertNotNull(sb);
        return sb.toString();
    }
}
