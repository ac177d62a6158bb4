package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The key catalogue is complete enough for the rules that use it. */
class KeyCatalogueTest {

    private final KeyCatalogue catalogue = KeyCatalogue.get();

    @Test
    void everyKeyIsDescribedAndTyped() {
        assertTrue(catalogue.all().size() >= 240, "keys of both toolstacks: " + catalogue.all().size());
        for (KeyCatalogue.Key k : catalogue.all()) {
            assertFalse(k.description().isBlank(), k.name());
            assertFalse(k.type().isBlank(), k.name());
            assertTrue(k.xm() != KeyCatalogue.Support.UNKNOWN || k.xl() != KeyCatalogue.Support.UNKNOWN, k.name());
        }
    }

    @Test
    void knowsWhatEachToolstackReads() {
        assertTrue(catalogue.isRead("memory", Dialect.XM) && catalogue.isRead("memory", Dialect.XL));
        assertTrue(catalogue.isRead("type", Dialect.XL));
        assertFalse(catalogue.isRead("type", Dialect.XM));
        assertTrue(catalogue.isRead("cpu_cap", Dialect.XM));
        assertEquals(KeyCatalogue.Support.IGNORED, catalogue.key("cpu_cap").xl());
        assertEquals("cap", catalogue.key("cpu_cap").xlReplacement());
        assertEquals(KeyCatalogue.Support.REMOVED, catalogue.key("ne2000").xm());
        assertEquals("hvm", catalogue.key("boot").guest());
    }

    @Test
    void recordsDefaultsThatDifferBetweenToolstacks() {
        KeyCatalogue.Key onCrash = catalogue.key("on_crash");
        assertNotNull(onCrash.xmDefault());
        assertEquals("restart", onCrash.xmDefault());
        assertEquals("destroy", onCrash.xlDefault());
    }

    @Test
    void givesDefaultsAsXlLiteralsWhereTheyAreValues() {
        assertEquals("\"restart\"", catalogue.key("on_crash").xmDefaultLiteral());
        assertEquals("\"destroy\"", catalogue.key("on_crash").xlDefaultLiteral());
        assertEquals("128", catalogue.key("memory").xmDefaultLiteral());
        assertEquals("0", catalogue.key("hpet").xmDefaultLiteral());
        assertEquals(null, catalogue.key("vnc").xmDefaultLiteral(), "`None (0)` is a description, not a value");
        assertEquals(null, catalogue.key("name").xmDefaultLiteral(), "`config file basename` is a description");
        assertEquals("cap", catalogue.key("cpu_cap").xlReplacement());
    }
}
