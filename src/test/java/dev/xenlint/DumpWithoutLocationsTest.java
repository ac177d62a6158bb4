package dev.xenlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.output.Json;
import dev.xenlint.output.ModelDump;
import dev.xenlint.text.SourceText;
import org.junit.jupiter.api.Test;

/** `dump --no-locations` holds no source position, not even inside reasons and conditions (issue 9). */
class DumpWithoutLocationsTest {

    private static final String FILE = """
            import os
            def pick(x):
                return x
            kernel = pick('/k')
            for d in os.listdir('/x'):
                memory = 512
            try:
                vcpus = int(os.environ['N'])
            except KeyError:
                vcpus = 2
            """;

    private static String dump(String text, boolean locations) {
        return Json.pretty(ModelDump.of("t", Lint.all(SourceText.of("t", text), null), locations));
    }

    @Test
    void reasonsAndConditionsCarryNoPositions() {
        String with = dump(FILE, true);
        assertTrue(with.contains("defined at 2:1"), with);
        assertTrue(with.contains("loop at 5:1 runs"), with);
        assertTrue(with.contains("`except` at 9:1 runs"), with);
        String without = dump(FILE, false);
        assertFalse(without.matches("(?s).*\\d+:\\d+.*"), without);
        assertTrue(without.contains("is a function defined; xenlint does not run it"), without);
        assertTrue(without.contains("the `for` loop runs"), without);
        assertTrue(without.contains("the `except` runs"), without);
    }

    @Test
    void syntaxErrorsCarryNoPositionsEither() {
        String broken = """
                for d in x:
                memory = 512
                vif = [ 'bridge=xenbr0' )
                """;
        String with = dump(broken, true);
        assertTrue(with.contains("after the `for` at 1:1"), with);
        assertTrue(with.contains("opened at 3:7"), with);
        String without = dump(broken, false);
        assertFalse(without.matches("(?s).*\\d+:\\d+.*"), without);
        assertTrue(without.contains("expected an indented block after the `for`\""), without);
        assertTrue(without.contains("opened; expected"), without);
        assertEquals(without, dump("\n\n" + broken.replace("memory = ", "memory  =  "), false));
    }

    @Test
    void anotherLayoutDumpsTheSame() {
        String moved = "\n\n# moved down\n" + FILE.replace("def pick(x):", "\n\ndef pick(x):");
        assertEquals(dump(FILE, false), dump(moved, false));
    }
}
