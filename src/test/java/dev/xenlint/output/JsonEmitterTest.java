package dev.xenlint.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonEmitterTest {

    @Test
    void theByteOrderMarkFixIsGivenInBytesNotAsAnEmptyEdit() {
        // positions start after the mark, so line/column cannot name it: its removal is bytes 0 to 3
        SourceText source = SourceText.decode("bom.cfg", "\uFEFFname = \"a\"\n".getBytes(StandardCharsets.UTF_8));
        Analysis a = Linter.analyze(source, LintOptions.dialect(Dialect.XL));
        Diagnostic bom = a.diagnostics().stream()
                .filter(d -> d.fix() != null && d.fix().edits().stream().anyMatch(Edit::dropsBom)).findFirst().orElseThrow();
        JsonEmitter emitter = new JsonEmitter();
        emitter.add("bom.cfg", source, bom);
        JsonArray edits = JsonParser.parseString(emitter.render()).getAsJsonArray().get(0).getAsJsonObject()
                .getAsJsonObject("fix").getAsJsonArray("edits");
        assertEquals(1, edits.size(), edits.toString());
        JsonObject edit = edits.get(0).getAsJsonObject();
        assertEquals(0, edit.get("byteOffset").getAsInt());
        assertEquals(3, edit.get("byteLength").getAsInt());
        assertEquals("", edit.get("replacement").getAsString());
        assertEquals(3, edit.size(), "no line or column: " + edit);
    }
}
