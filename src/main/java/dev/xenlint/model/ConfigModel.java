package dev.xenlint.model;

import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a configuration file means: its domain settings with every assignment
 * and the effective value, the local variables that only feed other
 * expressions, the Python it uses, and typed views of the device
 * mini-languages. Built by {@link ModelBuilder}; rules only read it.
 *
 * @param dialectReason why this dialect was chosen ("set by --dialect xm", or the evidence found)
 * @param dialectEvidence where the evidence is, or null
 * @param settings     domain settings by key, in order of first assignment
 * @param locals       names that only serve other expressions
 * @param pythonUses   every place the file goes beyond xl's key = value subset
 */
public record ConfigModel(SyntaxTree syntax, Dialect dialect, String dialectReason, TextRange dialectEvidence,
                          Map<String, Setting> settings,
                          Map<String, Setting> locals, List<PythonUse> pythonUses, GuestInfo guest,
                          List<DiskSpec> disks, List<KeyValueSpec> vifs, List<KeyValueSpec> vfbs, List<BootOrder> boot, List<PciSpec> pci,
                          List<Field> usbdevices) {

    /** The reason with the position of the evidence: "the file uses Python: `import` statement at 7:1". */
    public String dialectExplanation() {
        return dialectEvidence == null ? dialectReason
                : dialectReason + " at " + source().position(dialectEvidence.start());
    }

    public SourceText source() {
        return syntax.source();
    }

    public Setting setting(String key) {
        return settings.get(key);
    }

    /**
     * Integer candidates of a key, as the toolstack reads them (empty when
     * unset or not a number): a quoted number is a number for both xl and
     * xm (see {@link #integer(Value)}).
     */
    public List<Value.Int> integers(String key) {
        Setting s = settings.get(key);
        List<Value.Int> out = new ArrayList<>();
        if (s != null) {
            for (Value v : s.candidates()) {
                Value.Int i = integer(v);
                if (i != null) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /**
     * The integer a value stands for where a key takes a number, or null: an
     * integer; a string xl's {@code strtol(text, 0)} or xm's {@code int()}
     * accepts whole ({@code "512"}, xl also {@code "0x200"}); for xm a float,
     * which {@code int()} truncates. The result keeps the value's range.
     */
    public Value.Int integer(Value v) {
        if (v instanceof Value.Int i) {
            return i;
        }
        if (v instanceof Value.Str s) {
            Long n = Numbers.parse(s.value(), dialect);
            return n == null ? null : new Value.Int(n, s.range());
        }
        if (v instanceof Value.Float f && dialect == Dialect.XM && !Double.isNaN(f.value())
                && !Double.isInfinite(f.value()) && Math.abs(f.value()) < 9.2e18) {
            return new Value.Int((long) f.value(), f.range());
        }
        return null;
    }

    /** String candidates of a key (empty when unset or not a string). */
    public List<Value.Str> strings(String key) {
        Setting s = settings.get(key);
        return s == null ? List.of() : s.strings();
    }

    /** The string entries of a list key ({@code disk}, {@code vtpm}, ...) over every candidate, each once. */
    public List<Value.Str> listStrings(String key) {
        Setting s = settings.get(key);
        return s == null ? List.of() : s.listStrings();
    }
}
