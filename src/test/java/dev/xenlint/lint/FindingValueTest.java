package dev.xenlint.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diagnostic and Fix hold one related place or one edit without a list, and a message may be made when
 * read; they still compare, hash and print as the records they were, and give back what they were given.
 */
class FindingValueTest {

    private static final RuleInfo INFO = RuleInfo.of("XC999", "example", Severity.WARNING, RuleInfo.BOTH,
            RuleInfo.ANY_GUEST, RuleInfo.Fixability.SAFE);
    private static final TextRange AT = new TextRange(3, 7);
    private static final RelatedLocation HERE = new RelatedLocation(new TextRange(0, 1), "first set here");
    private static final Edit EDIT = new Edit(new TextRange(0, 2), "");

    @Test
    void oneRelatedPlaceHeldAloneIsEqualToItInAnyList() {
        Fix fix = new Fix("remove it", List.of(EDIT), Fix.Applicability.SAFE);
        Diagnostic listOf = new Diagnostic(INFO, Severity.WARNING, AT, "m", List.of(HERE), fix);
        Diagnostic arrayList = new Diagnostic(INFO, Severity.WARNING, AT, "m", new ArrayList<>(List.of(HERE)),
                new Fix("remove it", EDIT, Fix.Applicability.SAFE));
        Diagnostic made = new Diagnostic(INFO, Severity.WARNING, AT, new Diagnostic.Message() {
            @Override
            public String text() {
                return "m";
            }

            @Override
            public RelatedLocation related() {
                return new RelatedLocation(new TextRange(0, 1), "first set here");
            }

            @Override
            public Fix fix() {
                return new Fix("remove it", new ArrayList<>(List.of(EDIT)), Fix.Applicability.SAFE);
            }
        });
        for (Diagnostic d : List.of(arrayList, made)) {
            assertEquals(listOf, d);
            assertEquals(listOf.hashCode(), d.hashCode());
            assertEquals(listOf.toString(), d.toString());
            assertEquals(List.of(HERE), d.related());
            assertEquals(List.of(EDIT), d.fix().edits());
            assertEquals("m", d.message());
        }
        assertNotEquals(listOf, new Diagnostic(INFO, Severity.WARNING, AT, "m", List.of(HERE, HERE), fix));
        assertNotEquals(listOf, new Diagnostic(INFO, Severity.WARNING, AT, "other", List.of(HERE), fix));
    }

    @Test
    void aMessageWithoutRelatedPlaceOrFixHasNeither() {
        Diagnostic made = new Diagnostic(INFO, Severity.WARNING, AT, new Diagnostic.Message() {
            @Override
            public String text() {
                return "m";
            }
        });
        assertEquals(List.of(), made.related());
        assertNull(made.fix());
        assertEquals(new Diagnostic(INFO, Severity.WARNING, AT, "m", List.of(), null), made);
    }

    @Test
    void whatTheRecordsAcceptedIsGivenBack() {
        List<RelatedLocation> nullOne = Arrays.asList((RelatedLocation) null);
        Diagnostic d = new Diagnostic(INFO, Severity.WARNING, AT, null, nullOne, null);
        assertEquals(nullOne, d.related());
        assertNull(d.message());
        assertEquals(d, new Diagnostic(INFO, Severity.WARNING, AT, null, Arrays.asList((RelatedLocation) null), null));
        Diagnostic noList = new Diagnostic(INFO, Severity.WARNING, AT, "m", null, null);
        assertNull(noList.related());
        assertEquals(noList, new Diagnostic(INFO, Severity.WARNING, AT, "m", null, null));
        assertEquals(noList.hashCode(), new Diagnostic(INFO, Severity.WARNING, AT, "m", null, null).hashCode());

        List<Edit> nullEdit = Arrays.asList((Edit) null);
        Fix fix = new Fix("x", nullEdit, Fix.Applicability.UNSAFE);
        assertEquals(nullEdit, fix.edits());
        assertEquals(fix, new Fix("x", Arrays.asList((Edit) null), Fix.Applicability.UNSAFE));
        assertNull(new Fix("x", (List<Edit>) null, Fix.Applicability.SAFE).edits());
        List<Edit> two = new ArrayList<>(List.of(EDIT, EDIT));
        assertEquals(two, new Fix("x", two, Fix.Applicability.SAFE).edits());
    }
}
