package dev.xenlint.model;

import dev.xenlint.Lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.output.ModelDump;
import dev.xenlint.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python is folded statically: constants where the file decides, dynamic values with a reason otherwise. */
class EvaluationTest {

    private static ConfigModel model(String text) {
        return Lint.all(SourceText.of("t", text), null).model();
    }

    private static Object value(String text, String key) {
        return valueOf(model(text).setting(key).effective());
    }

    private static Object valueOf(Value v) {
        return dev.xenlint.output.Json.compact(ModelDump.value(v));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            x = 'a' + "b"                                | "ab"
            x = 64 * 4 + 1                               | 257
            x = 7 / 2                                    | 3
            x = -7 // 2                                  | -4
            x = 2 ** 10                                  | 1024
            x = 0x10 + 010                               | 24
            x = 'VM%d' % 3                               | "VM3"
            x = '%02x:%s' % (10, 'b')                    | "0a:b"
            x = '%(a)s-%(b)d' % {'a': 'x', 'b': 2}       | "x-2"
            x = '[%5s][%-3d]' % ('ab', 7)                | "[   ab][7  ]"
            x = 'ab' * 3                                 | "ababab"
            x = [1] + [2, 3]                             | [1,2,3]
            x = ['a', 'b'][1]                            | "b"
            x = 'hello'[1:3]                             | "el"
            x = int('42') + len([1, 2])                  | 44
            x = str(5) + 'G'                             | "5G"
            x = 1 if 2 > 1 else 0                        | 1
            x = not 0 and 'yes'                          | "yes"
            x = 'a' in 'cat'                             | true
            x = 1 is not None                            | true
            x = 512 if 1 is not None else 'lots'         | 512
            x = 'a' not in 'cat'                         | false
            x = 1 == 1.0                                 | true
            x = None                                     | null
            x = (1, 'a')                                 | {"tuple":[1,"a"]}
            x = 1.5                                      | 1.5
            x = 'a' 'b'                                  | "ab"
            x = 1 + 'a'                                  | {"dynamic":"Python would stop with an error here (cannot combine an integer and a string)"}
            """)
    void folds(String statement, String expected) {
        assertEquals(expected, value(statement + "\n", "x"));
    }

    @Test
    void namesBoundEarlierFold() {
        assertEquals("\"/usr/lib/xen/bin/qemu-dm\"",
                value("libdir = 'lib'\ndevice_model = '/usr/' + libdir + '/xen/bin/qemu-dm'\n", "device_model"));
    }

    @Test
    void hostDependentValuesAreDynamicWithAReason() {
        ConfigModel m = model("import os\narch = os.uname()[4]\nmemory = int(vmid) * 128\n");
        Value arch = m.locals().isEmpty() ? m.setting("arch").effective() : m.settings().get("arch").effective();
        assertInstanceOf(Value.Dynamic.class, arch);
        assertTrue(((Value.Dynamic) arch).reason().contains("os.uname()"), arch.toString());
        Value memory = m.setting("memory").effective();
        assertTrue(((Value.Dynamic) memory).reason().contains("`vmid` is not defined in this file"), memory.toString());
    }

    @Test
    void dynamicIfGivesOneCandidatePerBranch() {
        ConfigModel m = model("""
                import os
                if os.path.exists('/dev/vg/big'):
                    memory = 2048
                elif os.environ.get('SMALL'):
                    memory = 256
                else:
                    memory = 512
                """);
        Setting memory = m.setting("memory");
        assertEquals(List.of(2048L, 256L, 512L),
                memory.candidates().stream().map(v -> ((Value.Int) v).value()).toList());
        assertFalse(memory.mayBeUnset());
        assertEquals(3, memory.assignments().size());
        assertEquals("os.path.exists('/dev/vg/big')", memory.assignments().get(0).condition());
        assertEquals("not (os.path.exists('/dev/vg/big')) and not (os.environ.get('SMALL'))",
                memory.assignments().get(2).condition());
    }

    @Test
    void aConditionReadsTheSameInAnyLayout() {
        // line breaks, trailing blanks and comments inside the brackets are one space: format may move them
        ConfigModel m = model("if h('',  \n   machine # where\n   ) :\n    libdir = ''\n");
        assertEquals("h('', machine )", m.setting("libdir").assignments().get(0).condition());
        ConfigModel formatted = model("if h('',\n        machine # where\n        ) :\n    libdir = ''\n");
        assertEquals("h('', machine )", formatted.setting("libdir").assignments().get(0).condition());
    }

    @Test
    void anElifChainDeeperThanTheForksReadThroughSeesEveryEarlierName() {
        StringBuilder text = new StringBuilder("import os\nbase = 7\nif os.a0:\n    memory = 0\n");
        for (int i = 1; i < 3 * Env.MAX_CHAIN; i++) {
            text.append("elif os.a").append(i).append(":\n    memory = ")
                    .append(i == 3 * Env.MAX_CHAIN - 1 ? "base" : String.valueOf(i)).append('\n');
        }
        text.append("else:\n    kernel = 'k' + str(base)\n");
        ConfigModel m = model(text.toString());
        List<Long> expected = new java.util.ArrayList<>();
        for (long i = 0; i < 3 * Env.MAX_CHAIN - 1; i++) {
            expected.add(i);
        }
        expected.add(7L);
        Setting memory = m.setting("memory");
        assertEquals(expected, memory.candidates().stream().map(v -> ((Value.Int) v).value()).toList());
        assertTrue(memory.mayBeUnset());
        Setting kernel = m.setting("kernel");
        assertEquals("\"k7\"", valueOf(kernel.candidates().get(0)));
        assertTrue(kernel.mayBeUnset());
    }

    @Test
    void aNameBoundInANestedBranchJoinsWithTheValueFromBeforeTheOuterOne() {
        ConfigModel m = model("""
                import os
                x = 1
                if os.a:
                    if os.b:
                        x = 2
                    y = x
                for i in os.c:
                    z = x
                memory = x
                maxmem = y
                vcpus = z
                """);
        assertEquals(List.of(2L, 1L), m.setting("memory").candidates().stream().map(v -> ((Value.Int) v).value()).toList());
        assertFalse(m.setting("memory").mayBeUnset());
        assertEquals(List.of(2L, 1L), m.setting("maxmem").candidates().stream().map(v -> ((Value.Int) v).value()).toList());
        assertTrue(m.setting("maxmem").mayBeUnset());
        assertEquals(List.of(2L, 1L), m.setting("vcpus").candidates().stream().map(v -> ((Value.Int) v).value()).toList());
        assertTrue(m.setting("vcpus").mayBeUnset());
    }

    @Test
    void keySetInOnlyOneBranchMayBeUnset() {
        Setting vnc = model("import os\nif os.getenv('VNC'):\n    vnc = 1\n").setting("vnc");
        assertTrue(vnc.mayBeUnset());
        assertEquals(1, vnc.candidates().size());
    }

    @Test
    void constantConditionsTakeOnlyTheBranchThatRuns() {
        Setting memory = model("DEBUG = False\nif DEBUG:\n    memory = 1\nelse:\n    memory = 2\n").setting("memory");
        assertEquals(List.of(2L), memory.candidates().stream().map(v -> ((Value.Int) v).value()).toList());
        assertNull(memory.assignments().get(0).condition());
    }

    @Test
    void variablesFeedingOtherExpressionsAreLocalsNotSettings() {
        ConfigModel m = model("""
                import os, re
                arch = os.uname()[4]
                if re.search('64', arch):
                    arch_libdir = 'lib64'
                else:
                    arch_libdir = 'lib'
                device_model = '/usr/' + arch_libdir + '/xen/bin/qemu-dm'
                memory = 512
                maxmem = memory
                """);
        assertEquals(List.of("arch", "arch_libdir"), List.copyOf(m.locals().keySet()));
        assertEquals(List.of("device_model", "memory", "maxmem"), List.copyOf(m.settings().keySet()));
        assertEquals(2, m.setting("device_model").candidates().size());
    }

    @Test
    void appendJoinsLists() {
        Setting disk = model("disk = ['a']\ndisk += ['b']\n").setting("disk");
        assertEquals("[\"a\",\"b\"]", valueOf(disk.effective()));
        assertTrue(disk.assignments().get(1).append());
    }

    @Test
    void functionsAreNotRunAndTheirBodiesAreNotSettings() {
        ConfigModel m = model("def f(x):\n    memory = 1\n    return x\nkernel = f('k')\n");
        assertNull(m.setting("memory"));
        assertTrue(((Value.Dynamic) m.setting("kernel").effective()).reason().contains("function defined at 1:1"));
    }

    @Test
    void tryGivesCandidatesFromBodyAndHandlers() {
        Setting base = model("import os\ntry:\n    base = os.environ['B']\nexcept KeyError:\n    base = '/srv'\n")
                .setting("base");
        assertEquals(2, base.candidates().size());
        assertEquals("/srv", ((Value.Str) base.candidates().get(1)).value());
    }

    private static String reason(String text, String key) {
        Value v = model(text).setting(key).effective();
        assertInstanceOf(Value.Dynamic.class, v, () -> "dynamic: " + valueOf(v));
        return ((Value.Dynamic) v).reason();
    }

    @Test
    void doublingAStringStopsAtTheSizeCap() {
        // issue 9: 33 doublings used to exhaust the heap
        String text = "a = 'x'\n" + "a = a + a\n".repeat(33) + "name = a\n";
        assertTrue(reason(text, "name").contains("too large to evaluate"));
        assertEquals(1 << 16, ((Value.Str) model("a = 'x'\n" + "a = a + a\n".repeat(16) + "name = a\n")
                .setting("name").effective()).value().length(), "the cap itself still folds");
    }

    @Test
    void literalsWrittenInTheFileAreNeverCapped() {
        // issue 9: a disk list of 17,000 entries (well within the 1 MiB file limit) became dynamic
        String entries = String.join(", ", java.util.Collections.nCopies(17_000, "'phy:/dev/vg/a,xvda,w'"));
        Value list = model("disk = [ " + entries + " ]\n").setting("disk").effective();
        assertInstanceOf(Value.ListValue.class, list, () -> String.valueOf(valueOf(list)).substring(0, 200));
        assertEquals(17_000, ((Value.ListValue) list).items().size());
        Value tuple = model("disk = " + entries + "\n").setting("disk").effective();
        assertEquals(17_000, ((Value.Tuple) tuple).items().size());
        String pairs = String.join(", ", java.util.Collections.nCopies(17_000, "'k': 'phy:/dev/vg/a,xvda,w'"));
        assertInstanceOf(Value.Dict.class, model("x = { " + pairs + " }\n").setting("x").effective());
    }

    @Test
    void augmentedDoublingAndListDoublingStopAtTheCap() {
        assertTrue(reason("a = 'x'\n" + "a += a\n".repeat(40) + "name = a\n", "name").contains("too large"));
        assertTrue(reason("a = [1]\n" + "a = a + a\n".repeat(40) + "disk = a\n", "disk").contains("too large"));
        // sharing: [a, a] is small to build but large to print; the part beyond the cap is dynamic
        String shared = (String) value("a = [1]\n" + "a = [a, a]\n".repeat(40) + "disk = a\n", "disk");
        assertTrue(shared.contains("too large to evaluate"));
        assertTrue(shared.length() < 40 * Operations.MAX_VALUE_SIZE, "the value printed stays near the cap");
    }

    @Test
    void deeplyNestedValuesAreDynamicBeyondTheDepthCap() {
        String nested = (String) value("a = []\n" + "a = [a]\n".repeat(500) + "disk = a\n", "disk");
        assertTrue(nested.contains("nested too deeply"));
        assertTrue(nested.length() < 2_000, nested.length() + " chars");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            x = 'x' * 10**9                               | too large to evaluate
            x = [1, 2] * 10**9                            | too large to evaluate
            x = 10 ** 10 ** 9                             | too large
            x = 1 << 10**9                                | too large
            x = '%9999d%9999d%9999d%9999d%9999d%9999d%9999d' % (1,1,1,1,1,1,1) | too large to evaluate
            """)
    void growingOperationsAreCapped(String statement, String expected) {
        assertTrue(reason(statement + "\n", "x").contains(expected), () -> reason(statement + "\n", "x"));
    }

    @Test
    void powersOfMinusOneZeroAndOneAnswerWithoutLooping() {
        assertEquals("1", valueOf(model("x = (-1) ** 1000000000000000000\n").setting("x").effective()));
        assertEquals("-1", valueOf(model("x = (-1) ** 1000000000000000001\n").setting("x").effective()));
        assertEquals("0", valueOf(model("x = 0 ** 1000000000000000000\n").setting("x").effective()));
        assertEquals("1", valueOf(model("x = 0 ** 0\n").setting("x").effective()));
    }

    @Test
    void manyStringsTogetherStopAtTheFileBudget() {
        String text = "a = 'x' * 60000\n" + "b = a + a[:1]\n".repeat(100) + "name = b\n";
        assertTrue(reason(text, "name").contains("too large together"));
    }

    @Test
    void branchCombinationsOfAugmentedAssignmentsAreCapped() {
        String text = "import os\nif os.x:\n    a = 1\nelse:\n    a = 2\n" + "a += a\n".repeat(30) + "memory = a\n";
        assertTrue(reason(text, "memory").contains("too many combinations"));
    }
}
