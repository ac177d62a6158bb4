package dev.xenlint.syntax;

import dev.xenlint.Lint;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;


/** Each common mistake gets a message a person understands, at the right place. */
class SyntaxErrorMessageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            disk = [ 'a',\\nmemory = 1        | 1:14 | missing `]` to close the list opened at 1:8
            vif = [ 'x' )                    | 1:13 | `)` does not match the `[` opened at 1:7; expected `]`
            memory = ]                       | 1:10 | unexpected `]`: no bracket is open here
            extra = 'a' +                    | 1:14 | expected a value after `+`
            name =                           | 1:7  | expected a value after `=`
            memory = 512 MB                  | 1:14 | unexpected name `MB` after the end of the statement; separate statements with a newline or `;`
            name = "abc                      | 1:8  | unterminated string: add the closing `"`
            memory = 512 $                   | 1:14 | unexpected character `$` (U+0024)
            if x == 1\\n    a = 1            | 1:10 | missing `:` at the end of the block header
            vcpus = (2                       | 1:11 | missing `)` to close the parenthesis opened at 1:9
            a = {'x': 1                      | 1:12 | missing `}` to close the brace opened at 1:5
            """)
    void messages(String input, String where, String message) {
        SourceText source = SourceText.of("t", input.replace("\\n", "\n") + "\n");
        Analysis a = Lint.syntax(source, null);
        List<Diagnostic> errors = a.diagnostics();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(message, errors.get(0).message());
        assertEquals(where, source.position(errors.get(0).range().start()).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            if x:\\n    a = 1\\n      b = 2             | 3:7 | unexpected indentation: this line is indented but follows no `if`, `for`, `def` or other block header
            if x:\\na = 1                             | 1:1 | expected an indented block after the `if` at 1:1
            else:\\n    a = 1                         | 1:1 | `else` does not follow a matching block at the same indentation
            if x:\\n        a = 1\\n    b = 1         | 3:5 | inconsistent indentation: this line is indented less than the block above it but more than the `if` line that opened it
            """)
    void indentationErrorsForXm(String input, String where, String message) {
        SourceText source = SourceText.of("t", input.replace("\\n", "\n") + "\n");
        Analysis a = Lint.syntax(source, Dialect.XM);
        assertEquals(1, a.diagnostics().size(), a.diagnostics().toString());
        assertEquals(message, a.diagnostics().get(0).message());
        assertEquals(where, source.position(a.diagnostics().get(0).range().start()).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "  memory = 512\nname = \"x\"",
        "disk = [\n  \"a\",\n  \"b\",\n]",
        "vif = [ ]",
        "vnuma = [ [ \"a\", ], [ ] ]",
        "memory = 0x200; vcpus = 010",
        "extra = \"a \\\"quoted\\\" word\"",
        "cpus = \"2-3\" # trailing comment",
        "disk = [ \"a\", # comment inside a list\n \"b\" ]",
    })
    void validXlHasNoErrors(String input) {
        SourceText source = SourceText.of("t", input + "\n");
        assertEquals(List.of(), Lint.syntax(source, null).diagnostics());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "import os, re\nfrom os import getcwd as cwd",
        "arch = os.uname()[4]\nif re.search('64', arch):\n\tlib = 'lib64'\nelse:\n\tlib = 'lib'",
        "print >>sys.stderr, 'x %s' % (1,)",
        "def f(a, b=2, *args, **kw):\n    return a",
        "try:\n    import foo\nexcept ImportError, e:\n    pass\nfinally:\n    pass",
        "x = [i for i in range(3) if i % 2]",
        "x = {'a': 1, 'b': (1, 2)}",
        "x = \"\"\"multi\nline\"\"\"",
        "x = not a and b or c is not None",
        "x = a if b else c",
        "x = lambda y: y + 1",
        "for i, j in [(1, 2)]:\n    pass\nelse:\n    pass",
        "while False: pass",
        "x = -1 ** 2; y = ~0 << 2 >> 1 & 3 | 4 ^ 5",
        "x = a[1:2]; y = b[::2]; z = c[:]",
        "x = u'unicode' r'raw' b'bytes'",
        "x = 1.5e3; y = 10L; z = .5",
        "if x: a = 1; b = 2",
        "with open('f') as f: pass",
        "class A(object):\n    pass",
        "assert x, 'msg'; del y; global z",
        "raise ValueError, 'vmid out of range'",
        "x = f(*args, **kw)",
        "x = 1 <> 2",
        "extra = 'console=hvc0 ' \\\n    'quiet'",
    })
    void pythonConstructsOfRealXmFilesParse(String input) {
        SourceText source = SourceText.of("t", input + "\n");
        assertEquals(List.of(), Lint.syntax(source, Dialect.XM).diagnostics());
    }
}
