package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The statement PythonScan gives with each use is the one found by looking the use up: the small statement
 * of the logical line holding the use's start whose span holds it, else that line (a block's header).
 */
class PythonScanStatementsTest {

    /** The statement that holds {@code range}, found from the file's lines. */
    private static TextRange lookedUp(SyntaxTree tree, TextRange range) {
        LogicalLine line = tree.lineAt(range.start());
        if (line == null) {
            return null;
        }
        for (Node small : line.smallStatements()) {
            int start = small.first().start();
            int end = Math.max(small.last().end(), start);
            if (start <= range.start() && range.start() <= end) {
                return new TextRange(start, end);
            }
        }
        return line.range();
    }

    private static int check(String name, String text) {
        SyntaxTree tree = ConfigParser.parse(SourceText.of(name, text));
        PythonScan.Found found = PythonScan.scan(tree);
        assertEquals(found.uses().size(), found.statements().size(), name);
        for (int i = 0; i < found.uses().size(); i++) {
            PythonUse u = found.uses().get(i);
            assertEquals(lookedUp(tree, u.range()), found.statements().get(i), name + ": " + u);
            if (i > 0 && found.statements().get(i).equals(found.statements().get(i - 1))) {
                assertSame(found.statements().get(i - 1), found.statements().get(i), name + ": one object per statement");
            }
        }
        return found.uses().size();
    }

    @Test
    void everyUseInTheTestDataHasTheStatementLookedUp() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(Path.of("testdata"))) {
            all.filter(Files::isRegularFile).forEach(files::add);
        }
        int uses = 0;
        for (Path f : files) {
            uses += check(f.toString(), SourceText.decode(f.toString(), Files.readAllBytes(f)).text());
        }
        assertTrue(uses > 40, uses + " uses");
    }

    @Test
    void blocksInlineBodiesAndStatementsSideBySide() {
        String text = """
                import os
                if memory > 256: vcpus = 2; a == 1
                for i in range(2):
                    disk = disk + ['x']
                def f(x): return x
                a == 1; b.c = 2; d = e = 3;
                a = 1 if b else 2 # comment
                class K: pass
                x = [i for i in y]
                y = [1,
                     2] + \\
                    z
                if a: b = 1
                else: c == 2
                """;
        assertTrue(check("blocks", text) > 6);
        assertTrue(check("blocks, CRLF", text.replace("\n", "\r\n")) > 6);
        assertTrue(check("blocks, no final newline", text.strip()) > 6);
        assertTrue(check("blocks on one line", "a == 1;b.c=2;import os;x = -1;y = 1 if 2 else 3") > 3);
        assertTrue(check("errors", "a == = 1\nif x:\n  b == 1\nc = [1, 2\nd == 4\n") > 0);
    }

    @Test
    void blocksInlineBodiesAndStatementsSideBySideAsWritten() {
        assertTrue(check("blocks", """
                import os
                if memory > 256: vcpus = 2; a == 1
                for i in range(2):
                    disk = disk + ['x']
                def f(x): return x
                a == 1; b.c = 2; d = e = 3
                a = 1 if b else 2
                class K: pass
                x = [i for i in y]
                """) > 6);
    }
}
