package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key catalogue is complete enough for the rules that use it. */
class KeyCatalogueTest {

    private final KeyCatalogue catalogue = KeyCatalogue.get();

    @Test
    void everyKeyIsDescribedAndTyped() {
        assertTrue(catalogue.all().size() >= 240, "keys of both toolstacks: " + catalogue.all().size());
        for (KeyCatalogue.Key k : catalogue.all()) {
            assertFalse(k.description().isBlank(), k.name());
            assertFalse(k.type().accepted().isEmpty(), k.name());
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
        assertTrue(catalogue.key("boot").guest().hvmOnly());
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

    @Test
    void theBuildsLinesAreTheTablesAndTheCatalogueHasEveryKey() throws Exception {
        String text;
        try (var in = KeyCatalogue.class.getResourceAsStream("keys.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(lines, List.of(KeysTsv.LINES), "KeysTsv (made by src/build/TsvLines.java) holds keys.tsv's lines");
        assertEquals(lines.stream().map(l -> l.split("\t", -1)[0]).distinct().count(), catalogue.all().size());
    }

    @Test
    void typesAndGuestsAreTypedAndReadBackAsWritten() throws Exception {
        try (var in = KeyCatalogue.class.getResourceAsStream("keys.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                KeyCatalogue.Key k = catalogue.key(f[0]);
                assertEquals(f[3], k.guest().text(), f[0]);
                assertEquals(f[4], k.type().text(), f[0]);
            }
        }
        assertEquals(KeyCatalogue.ValueType.INT, catalogue.key("memory").type().single());
        KeyCatalogue.TypeSpec deprecated = KeyCatalogue.TypeSpec.parse("enum-string (int deprecated)");
        assertEquals(null, deprecated.single(), "a deprecated alternative is an alternative");
        assertTrue(deprecated.mentions(KeyCatalogue.ValueType::isNumber));
        assertTrue(catalogue.key("vnc").guest().display());
        assertFalse(catalogue.key("vnc").guest().hvmOnly());
        assertTrue(catalogue.key("memory").guest().all());
    }

    @Test
    void mapsXmKeysOnlyToXlKeysOfTheSameMeaning() {
        for (KeyCatalogue.Key k : catalogue.all()) {
            if (k.xlSame() != null) {
                assertFalse(k.xl().isRead(), k.name() + ": only an xm-only key needs an xl equal");
                assertTrue(catalogue.isRead(k.xlSame(), Dialect.XL), k.name() + " -> " + k.xlSame());
            }
            if (k.writtenDefault() != null) {
                assertNotNull(k.xmDefaultLiteral(), k.name() + ": convert writes xm's default, so it is a value");
                assertTrue(catalogue.isRead(k.name(), Dialect.XL), k.name());
            }
            if (k.writtenIf() != null) {
                assertNotNull(catalogue.key(k.writtenIf()), k.name());
            }
        }
        assertEquals("cap", catalogue.key("cpu_cap").xlSame());
        assertEquals("bootloader_args", catalogue.key("bootargs").xlSame());
        assertEquals("vcpus", catalogue.key("vcpu_avail").xlReplacement());
        assertEquals(null, catalogue.key("vcpu_avail").xlSame(), "a bitmap of online vCPUs is not their count");
        assertEquals("pci", catalogue.key("pci_msitranslate").writtenIf());
        // xend's image.py:291@e04254f7bc starts from opengl = 1 and passes -disable-opengl to SDL only when it is not 1
        assertEquals("1", catalogue.key("opengl").xmDefaultLiteral());
    }
}
