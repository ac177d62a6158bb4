package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleDocs;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleDescription#plain} is written out, without regular expressions: it must give what the two
 * expressions it replaced gave, on every section of every rule's document and on random text.
 */
class RuleDescriptionTest {

    /** What {@code plain} was: paragraphs split at blank lines, lines joined, code spans unquoted. */
    private static String byExpressions(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (String paragraph : markdown.split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.isEmpty() || p.startsWith("```")) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(p.replace("`", "").replaceAll("\\s*\n\\s*", " "));
        }
        return sb.toString();
    }

    @Test
    void everySectionOfEveryRuleDocument() {
        int sections = 0;
        for (Rule r : Rules.all()) {
            String doc = RuleDocs.load(r.info());
            assertTrue(doc != null, r.code());
            String body = RuleDocs.body(doc).strip();
            assertEquals(byExpressions(body), RuleDescription.plain(body), r.code());
            for (String text : RuleDescription.sections(body).values()) {
                assertEquals(byExpressions(text), RuleDescription.plain(text), r.code());
                sections++;
            }
        }
        assertTrue(sections > 300, sections + " sections");
    }

    @Test
    void aRuleWithoutADocumentHasNone() {
        dev.xenlint.lint.RuleInfo none = dev.xenlint.lint.RuleInfo.of("XC999", "no-such-rule",
                dev.xenlint.lint.Severity.WARNING, dev.xenlint.lint.RuleInfo.BOTH, dev.xenlint.lint.RuleInfo.ANY_GUEST,
                dev.xenlint.lint.RuleInfo.Fixability.NONE);
        org.junit.jupiter.api.Assertions.assertNull(RuleDocs.load(none));
        assertTrue(RuleDescription.of(none).summary().contains("XC999"));
    }

    @Test
    void randomTextOfSpacesLineBreaksAndBackquotes() {
        char[] alphabet = {'a', 'b', ' ', ' ', '\t', '\n', '\n', '\r', '\f', '\u000b', '`', '.', '\u00a0', '\u2003'};
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(40); n > 0; n--) {
                sb.append(alphabet[r.nextInt(alphabet.length)]);
            }
            if (r.nextInt(8) == 0) {
                sb.insert(r.nextInt(sb.length() + 1), "```");
            }
            String text = sb.toString();
            assertEquals(byExpressions(text), RuleDescription.plain(text), text.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }
}
