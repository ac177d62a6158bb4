package dev.xenlint.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.xenlint.model.Dialect;
import dev.xenlint.model.XenVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines the build makes of key-since.tsv (src/build/TsvLines.java) are the table's, and read as such. */
class KeySinceTsvTest {

    @Test
    void theBuildsLinesAreTheTables() throws Exception {
        String text;
        try (var in = UnknownKey.class.getResourceAsStream("/dev/xenlint/model/key-since.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(196, lines.size());
        assertEquals(lines, List.of(KeySinceTsv.LINES));
    }

    @Test
    void aLineIsReadIntoItsRelease() {
        // the table's line: xm  description  4.0.0  3.4.0  RELEASE-4.0.0  tools/python/xen/xm/create.py
        UnknownKey.Since since = UnknownKey.notYetRead("description", Dialect.XM, XenVersion.parse("3.4"));
        assertNotNull(since);
        assertEquals(XenVersion.parse("4.0.0"), since.since());
        assertEquals("3.4.0", since.lastWithout());
        assertEquals("RELEASE-4.0.0", since.tag());
        assertEquals(null, UnknownKey.notYetRead("description", Dialect.XM, XenVersion.parse("4.0")));
    }
}
