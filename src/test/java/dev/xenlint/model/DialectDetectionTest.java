package dev.xenlint.model;

import dev.xenlint.Lint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xenlint.text.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Auto-detection picks xm on Python or xm idioms, xl otherwise, and says why. */
class DialectDetectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            name = 'a'\\nmemory = 512                          | xl | only plain key = value assignments and no xm idioms
            import os                                          | xm | the file uses Python: `import` statement at 1:1
            name = 'a'\\nmemory = 2 * 256                      | xm | the file uses Python: expression with `*` at 2:10
            vcpus = vmid                                       | xm | the file uses Python: bare word `vmid` at 1:9
            acpi = True                                        | xm | the file uses Python: `True` at 1:8
            rtc_timeoffset = -3600                             | xm | the file uses Python: unquoted negative number at 1:18
            memory = 512\\nbuilder = 'hvm'                     | xm | sets `builder`, xm's way to choose the guest type at 2:1
            kernel = '/usr/lib/xen/boot/hvmloader'             | xm | `kernel` names hvmloader, as xm HVM configs did at 1:10
            device_model = '/usr/lib/xen/bin/qemu-dm'          | xm | sets `device_model`, which only xm reads at 1:1
            disk = [ 'phy:/dev/x,ioemu:hda,w' ]                | xm | a disk uses the `ioemu:` prefix of xm HVM configs at 1:8
            cpu_cap = 50                                       | xm | sets `cpu_cap`, which only xm reads at 1:1
            type = 'hvm'\\ncap = 50                            | xl | only plain key = value assignments and no xm idioms
            """)
    void detects(String text, String dialect, String reason) {
        ConfigModel m = Lint.all(SourceText.of("t", text.replace("\\n", "\n") + "\n"), null).model();
        assertEquals(dialect, m.dialect().id());
        assertEquals(reason, m.dialectExplanation());
    }

    @ParameterizedTest
    @CsvSource({"xm", "xl"})
    void forcedDialectIsKept(String id) {
        ConfigModel m = Lint.all(SourceText.of("t", "import os\n"), Dialect.parse(id)).model();
        assertEquals(id, m.dialect().id());
        assertEquals("set by --dialect " + id, m.dialectReason());
    }
}
