package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PercentFormat's {@code %.1f} of a whole double, written without java.util.Formatter, gives Formatter's text. */
class WholeFloatReprTest {

    @Test
    void sameAsStringFormat() {
        double[] fixed = {0.0, -0.0, 1.0, -1.0, 3.0, 1e15, 1e16, 1e20, -1e22, 9007199254740993.0, Double.MAX_VALUE,
                -Double.MAX_VALUE, 4294967296.0};
        for (double d : fixed) {
            assertEquals(String.format(Locale.ROOT, "%.1f", d), PercentFormat.wholeWithOneDecimal(d), "d = " + d);
        }
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double d = Math.rint(random.nextGaussian() * Math.pow(10, random.nextInt(30)));
            assertEquals(String.format(Locale.ROOT, "%.1f", d), PercentFormat.wholeWithOneDecimal(d), "d = " + d);
        }
    }
}
