package dev.xenlint.model;

import dev.xenlint.model.spec.BootOrder;
import dev.xenlint.model.spec.DiskSpec;
import dev.xenlint.model.spec.Field;
import dev.xenlint.model.spec.PciSpec;
import dev.xenlint.model.spec.KeyValueSpec;
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

    /** Integer candidates of a key (empty when unset or not an integer). */
    public List<Value.Int> integers(String key) {
        Setting s = settings.get(key);
        List<Value.Int> out = new ArrayList<>();
        if (s != null) {
            for (Value v : s.candidates()) {
                if (v instanceof Value.Int i) {
                    out.add(i);
                }
            }
        }
        return out;
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
