package dev.xenlint;

import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.NamerWrapper;
import org.approvaltests.reporters.QuietReporter;

/** Access to the shipped test data and approval files. */
public final class TestFiles {

    public static final Path TESTDATA = Path.of("testdata");
    private static final String APPROVED_DIR = Path.of("src", "test", "resources", "approved").toAbsolutePath().toString();

    private TestFiles() {
    }

    /** Every file under {@code testdata/}, sorted, as paths relative to the project. */
    public static List<Path> all() {
        return under("");
    }

    public static List<Path> under(String subdirectory) {
        try (Stream<Path> walk = Files.walk(TESTDATA.resolve(subdirectory))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceText source(Path p) {
        return SourceText.decode(p.toString(), bytes(p));
    }

    /** A name for a test data file usable in file names: "xm/xmexample-hvm.cfg" -> "xm.xmexample-hvm". */
    public static String id(Path p) {
        String rel = TESTDATA.relativize(p).toString().replace('\\', '/');
        return rel.replaceAll("\\.cfg$", "").replace('/', '.');
    }

    /** Compares text with {@code src/test/resources/approved/NAME.approved.txt}. */
    public static void verifyApproved(String name, String text) {
        Approvals.verify(text, new Options(new QuietReporter()).forFile()
                .withNamer(new NamerWrapper(() -> name, () -> APPROVED_DIR + "/")));
    }
}
