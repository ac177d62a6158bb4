package dev.xenlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A configuration error names the file, the line and the key (issue 9: TOML errors without line and key). */
class ConfigErrorTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            a = 1\\na = 2                                   | :2: not valid TOML: `a` is set twice (lines 1 and 2)
            [severity]\\nunknown-key = 'error'\\nunknown-key = 'info' | :3: not valid TOML: `severity.unknown-key` is set twice (lines 2 and 3)
            dialect = 'xm'\\nselct = []                     | :2: unknown setting `selct`
            \\n\\ndialect = 'xn'                             | :3: `dialect` must be "auto", "xm" or "xl", not "xn"
            # x\\nxen-version = '9.9'                       | :2: `xen-version` must be a Xen release
            ignore = [1]                                   | :1: `ignore` must be a list of strings, and 1 is not a string
            select = 'XC1'                                 | :1: `select` must be a list of strings
            \\n[severity]\\n"unknown-key" = 'loud'           | :3: severity of `unknown-key` must be
            [severity]\\nno-such-rule = 'error'            | :2: [severity] names `no-such-rule`, which is no rule
            [per-file-ignores]\\n\\n"legacy/*.cfg" = ['XC9999'] | :3: `per-file-ignores.legacy/*.cfg` names `XC9999`
            exclude = ['ok']\\n[format]\\nquote-style = 'x'\\nline-width = 5 | :3: [format] quote-style must be
            [fleet]\\nalternatives = 'a'                   | :2: [fleet] `alternatives` must be a list of lists
            include = ['a[']                               | :1: `a[` is not a valid glob
            """)
    void theLineAndTheKeyAreNamed(String toml, String expected) throws Exception {
        Path f = dir.resolve("x.toml");
        Files.writeString(f, toml.replace("\\n", "\n") + "\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ProjectConfig.load(f));
        assertEquals(f + expected, e.getMessage().substring(0, Math.min(e.getMessage().length(),
                (f + expected).length())), e.getMessage());
    }
}
