package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Texts once made by a regular expression or String.format, now by hand, are the same. */
class WithoutFormatterTest {

    @Test
    void sameAsTheRegularExpression() {
        for (Class<?> c : dev.xenlint.syntax.gen.XenParser.class.getDeclaredClasses()) {
            check(c.getSimpleName());
        }
        Random random = new Random(5);
        String alphabet = "aZbY09_xX";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            check(sb.toString());
        }
    }

    @Test
    void codePointNamesAsStringFormat() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x3000 ? 1 : 97) {
            assertEquals(String.format("U+%04X", c), Typography.code(c));
        }
        assertEquals(String.format("U+%04X", Character.MAX_CODE_POINT), Typography.code(Character.MAX_CODE_POINT));
    }

    private static void check(String name) {
        assertEquals(name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT), ParseTreeConversion.upperSnake(name), name);
    }
}
