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
            memory = 512\\nbuilder = 'hvm'                     | xl | only plain key = value assignments and no xm idioms
            kernel = '/usr/lib/xen/boot/hvmloader'             | xm | `kernel` names hvmloader, as xm HVM configs did at 1:10
            device_model = '/usr/lib/xen/bin/qemu-dm'          | xl | only plain key = value assignments and no xm idioms
            name="t"\\ntype="hvm"\\nparallel="none"\\ndisk=["format=raw,vdev=hda,access=rw,target=/x"] | xl | sets `type`, which only xl reads at 2:1
            parallel = 'none'\\ndisk=['vdev=hda,target=/x']  | xl | a disk uses xl's `key=value` disk syntax (`vdev=`, `target=`, `format=`, ...), which xm does not read at 2:6
            builder = 'hvm'\\ndevice_model_override = '/q'   | xl | sets `device_model_override`, which only xl reads at 2:1
            vnuma = [ [ 'pnode=0' ] ]\\ncpu_cap = 50         | xl | sets `vnuma`, which only xl reads at 1:1
            spice = 1\\nbuilder = 'hvm'                      | xl | sets `spice`, which only xl reads at 1:1
            builder = 'hvm'\\nvfb = [ 'type=vnc' ]\\nparallel = 'none' | xm | a vfb entry sets `type=`, which only xm's vfb reads (xl's takes vnc=1 or sdl=1) at 2:7
            builder = 'hvm'\\nparallel = 'none'\\ndevice_model = '/q' | xl | only plain key = value assignments and no xm idioms
            parallel = 'none'\\ndisk = ['/x,raw,hda,rw,backendtype=phy'] | xl | a disk uses xl's `key=value` disk syntax (`vdev=`, `target=`, `format=`, ...), which xm does not read at 2:8
            import os\\ntype = 'hvm'                         | xm | the file uses Python: `import` statement at 1:1
            disk = [ 'phy:/dev/x,ioemu:hda,w' ]                | xm | a disk uses the `ioemu:` prefix of xm HVM configs at 1:8
            cpu_cap = 50                                       | xm | sets `cpu_cap`, which only xm reads at 1:1
            type = 'hvm'\\ncap = 50                            | xl | sets `type`, which only xl reads at 1:1
            type = "pvh"\\ndisk = ["/a,raw,xvda,rw" "/b,raw,xvdb,rw"] | xl | sets `type`, which only xl reads at 1:1
            type = "pvh"\\nmemory == 512                     | xl | sets `type`, which only xl reads at 1:1
            type = "pvh"\\nMemory = 512                      | xl | sets `type`, which only xl reads at 1:1
            type = "pvh"\\nextra = "a" \\\\n  "b"           | xl | sets `type`, which only xl reads at 1:1
            name = "t"\\nmemory == 512                       | xl | no xm idioms; the expression statement (`==` where `=` was meant?) is as likely a typo in an xl file as Python at 2:1
            name = "t"\\nmemory = 0x2F0                      | xl | only plain key = value assignments and no xm idioms
            memory == 512\\ncpu_cap = 50                     | xm | sets `cpu_cap`, which only xm reads at 2:1
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
