package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import org.junit.jupiter.api.Test;

/** A long file's Python uses, and the dialect they decide, are the same found on a second thread or after the statements. */
class ModelTwoThreadsTest {

    @Test
    void pythonUsesFoundBesideTheStatementsAreTheSame() {
        StringBuilder text = new StringBuilder("import os\n");
        for (int i = 0; text.length() < ModelBuilder.TWO_THREADS_FROM + 1000; i++) {
            text.append(switch (i % 6) {
                case 0 -> "memory == " + i + "\n";
                case 1 -> "disk = [ 'phy:/dev/vg/d%d,xvda,w' % " + i + " ]\n";
                case 2 -> "if memory > 256:\n    vcpus = 2\nelse:\n    vcpus = 1\n";
                case 3 -> "a.b = " + i + "; name = \"g" + i + "\"\n";
                case 4 -> "kernel = os.path.join('/boot', 'vmlinuz')\n";
                default -> "extra = 'x' 'y'\n";
            });
        }
        SyntaxTree tree = ConfigParser.parse(SourceText.of("long.cfg", text.toString()));
        for (Dialect d : new Dialect[] {null, Dialect.XL, Dialect.XM}) {
            ConfigModel one = ModelBuilder.build(tree, d, null, null, false);
            assertTrue(one.pythonUses().size() > 1000, one.pythonUses().size() + " uses");
            for (int round = 0; round < 3; round++) {
                ConfigModel two = ModelBuilder.build(tree, d, null, null, true);
                // what the Python uses decide (the statements run the same way on either path; values hold
                // arrays, so models do not compare by value)
                assertEquals(one.pythonUses(), two.pythonUses(), "dialect " + d);
                assertEquals(one.dialect(), two.dialect());
                assertEquals(one.dialectReason(), two.dialectReason());
                assertEquals(one.dialectEvidence(), two.dialectEvidence());
            }
        }
    }
}
