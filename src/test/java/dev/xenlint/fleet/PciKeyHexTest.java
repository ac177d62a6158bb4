package dev.xenlint.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The zero-padded hex of a PCI key, written without java.util.Formatter, is what {@code %0Nx} gives. */
class PciKeyHexTest {

    @Test
    void sameAsStringFormat() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            long v = i < 300 ? i : random.nextLong() >>> random.nextInt(64);
            for (int width : new int[] {2, 4}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "x", v), FactCollector.hex(v, width), "v = " + v);
            }
        }
    }
}
