package dev.xenlint.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loops that replaced streams and a regular expression in the rules answer as those did. */
class CharacterTestsTest {

    private static final String ALPHABET = "0159afAFgz \t\n\r٣x_-+";

    @Test
    void sameAsTheStreamsAndTheSplit() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertEquals(s.chars().allMatch(c -> c >= '0' && c <= '9'), Checks.asciiDigits(s), s);
            assertEquals(s.chars().allMatch(Character::isDigit), Checks.digits(s), s);
            assertEquals(s.chars().allMatch(c -> Character.digit(c, 16) >= 0), Checks.hexDigits(s), s);
            List<String> words = new ArrayList<>();
            for (String w : s.split("[ \t\n]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            assertEquals(words, DeprecatedForm.words(s), s);
        }
    }
}
