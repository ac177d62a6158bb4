package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.analysis.LintOptions;
import org.junit.jupiter.api.Test;

class XenVersionTest {

    @Test
    void parsesTwoOrThreeComponents() {
        assertEquals(new XenVersion(4, 19, 0), XenVersion.parse("4.19"));
        assertEquals(new XenVersion(3, 0, 3), XenVersion.parse("3.0.3"));
        assertEquals("4.19", XenVersion.parse("4.19.0").toString());
        assertEquals("3.0.3", XenVersion.parse("3.0.3").toString());
        for (String bad : new String[] {"4", "4.", ".4", "4.x", "4.19.1.2", "-4.1", " 4.1", "4.1 ", "", "4..1"}) {
            assertNull(XenVersion.parse(bad), bad);
        }
        assertNull(XenVersion.parse(null));
    }

    @Test
    void comparesComponentWise() {
        XenVersion v = XenVersion.parse("3.0.3");
        assertTrue(v.atLeast(3, 0, 3));
        assertTrue(v.atLeast(3, 0));
        assertFalse(v.atLeast(3, 0, 4));
        assertTrue(v.before(3, 1));
        assertTrue(XenVersion.parse("4.10").atLeast(4, 9, 9));
        assertTrue(XenVersion.parse("4.9").before(4, 10));
    }

    @Test
    void defaultsDependOnTheDialect() {
        assertEquals(XenVersion.parse("4.22"), XenVersion.defaultFor(Dialect.XL));
        assertEquals(XenVersion.parse("4.4"), XenVersion.defaultFor(Dialect.XM));
        assertEquals(XenVersion.parse("4.4"), LintOptions.DEFAULT.xenVersionFor(Dialect.XM));
        assertEquals(XenVersion.parse("3.0.2"),
                LintOptions.DEFAULT.withXenVersion(XenVersion.parse("3.0.2")).xenVersionFor(Dialect.XM));
    }
}
