package dev.xenlint;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pins what users see: the model ({@code xenlint dump}) of every test file,
 * and the diagnostics ({@code xenlint check}) of every test file.
 * Approved outputs live in {@code src/test/resources/approved/}.
 */
class ApprovalTest {

    @TestFactory
    Stream<DynamicTest> dumpOfEveryTestFile() {
        return TestFiles.all().stream().map(p -> dynamicTest(p.toString(),
                () -> TestFiles.verifyApproved("dump." + TestFiles.id(p), CliRunner.run("dump", path(p)).out())));
    }

    @TestFactory
    Stream<DynamicTest> checkOutputOfEveryTestFile() {
        return TestFiles.all().stream().map(p -> dynamicTest(p.toString(), () -> {
            CliRunner r = CliRunner.run("check", "--color", "never", path(p));
            TestFiles.verifyApproved("check." + TestFiles.id(p), "exit " + r.exit() + "\n" + r.out() + r.err());
        }));
    }

    private static String path(Path p) {
        return p.toString().replace('\\', '/');
    }
}
