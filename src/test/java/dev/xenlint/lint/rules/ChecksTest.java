package dev.xenlint.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.xenlint.Lint;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Value;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import org.junit.jupiter.api.Test;

/** The model questions rules ask read numbers as the toolstack does. */
class ChecksTest {

    private static ConfigModel model(String text, Dialect dialect) {
        return Lint.all(SourceText.of("t.cfg", text), dialect).model();
    }

    @Test
    void aQuotedNumberIsReadByTheToolstacksOwnConversion() {
        // xl: strtol(text, 0), so "010" is octal 8 and "09" is refused; xm: int(), so "010" is 10
        assertEquals(8L, Checks.integer(model("vcpus = \"010\"\n", Dialect.XL), "vcpus").value());
        assertEquals(10L, Checks.integer(model("vcpus = '010'\n", Dialect.XM), "vcpus").value());
        assertNull(Checks.integer(model("vcpus = \"09\"\n", Dialect.XL), "vcpus"));
        assertEquals(Checks.Flag.UNKNOWN, Checks.flag(model("hap = \"09\"\n", Dialect.XL), "hap"));
        assertEquals(Checks.Flag.OFF, Checks.flag(model("hap = \"0x0\"\n", Dialect.XL), "hap"));
        assertEquals(Checks.Flag.ON, Checks.flag(model("hap = '010'\n", Dialect.XM), "hap"));
        assertNull(Checks.number(Value.Str.synthetic("010", new TextRange(0, 3))),
                "a string is not read without its key's conversion");
        assertEquals(10L, Checks.decimal("010"));
    }
}
