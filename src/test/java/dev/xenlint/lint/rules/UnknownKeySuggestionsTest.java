package dev.xenlint.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" suggestions are remembered per dialect and key, and are those a fresh scan gives. */
class UnknownKeySuggestionsTest {

    @Test
    void rememberedSuggestionsAreThoseOfAFreshScanForEachDialect() {
        List<String> typos = new ArrayList<>();
        for (KeyCatalogue.Key k : KeyCatalogue.get().all()) {
            if (k.name().length() > 3) {
                typos.add(k.name().substring(1)); // a first letter lost
                typos.add(k.name() + "s");
            }
        }
        int differ = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass reads what the first remembered
            for (String typo : typos) {
                List<String> xl = UnknownKey.suggestions(typo, Dialect.XL);
                List<String> xm = UnknownKey.suggestions(typo, Dialect.XM);
                assertEquals(UnknownKey.suggestionsOf(typo, Dialect.XL), xl, typo + " in xl");
                assertEquals(UnknownKey.suggestionsOf(typo, Dialect.XM), xm, typo + " in xm");
                differ += xl.equals(xm) ? 0 : 1;
            }
        }
        assertNotEquals(0, differ, "some keys get other suggestions in xm than in xl");
    }
}
