package dev.xenlint.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The emitter keeps a line's chars for the findings after its second and shows lines that are not
 * plain in one pass over chars (issue 9): what it prints must be what it printed before, char for
 * char, which {@link ReferenceTextEmitter} (the emitter as it was) prints.
 */
class TextEmitterTest {

    /** Chars that each take another path: tabs, controls, Latin-1, wide, pairs, lone surrogates, odd spaces. */
    private static final String[] PIECES = {"a", "k=1;", " ", "\t", "\u0001", "\u007f", "\u0085", "\u00e9", "\u00a0",
        "\u4e2d", "\uff21", "\ud83d\ude00", "\ud83e\udd14", "\ud840\udc00", "\ud800", "\udc00", "\u2026", "\u200b", "#", "'"};

    private static String randomText(Random random) {
        StringBuilder sb = new StringBuilder();
        int lines = 1 + random.nextInt(6);
        for (int l = 0; l < lines; l++) {
            int kind = random.nextInt(4);
            int length = kind == 0 ? random.nextInt(20) : kind == 1 ? 150 + random.nextInt(20) : kind == 2
                    ? 200 + random.nextInt(400) : random.nextInt(80);
            boolean plain = random.nextInt(3) == 0;
            while (sb.length() - sb.lastIndexOf("\n") < length) {
                sb.append(plain ? PIECES[random.nextInt(2)] : PIECES[random.nextInt(PIECES.length)]);
            }
            sb.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        return sb.toString();
    }

    /** Findings in the order a report has them, several on one line now and then, some past its end. */
    private static List<Diagnostic> randomFindings(Random random, String text) {
        List<Diagnostic> out = new ArrayList<>();
        var info = Rules.find("XC101").info();
        int count = random.nextInt(30);
        int start = 0;
        for (int i = 0; i < count && start <= text.length(); i++) {
            int length = random.nextInt(4) == 0 ? random.nextInt(300) : random.nextInt(4);
            int end = Math.min(text.length(), start + length);
            Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
            out.add(new Diagnostic(info, severity, new TextRange(start, end), "m" + i + (i % 5 == 0 ? " \u201cq\u201d \ud83d\ude00" : ""),
                    List.of(), null));
            start += random.nextInt(3) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 3 : 120);
        }
        return out;
    }

    @Test
    void printsWhatItPrintedBeforeOnRandomLines() {
        Random random = new Random(9);
        for (boolean color : new boolean[] {false, true}) {
            for (int round = 0; round < 300; round++) {
                // the bytes the command line writes (a writer that takes UTF-8) and the chars any other writer gets
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ByteArrayOutputStream before = new ByteArrayOutputStream();
                StringWriter chars = new StringWriter();
                PrintWriter bytesWriter = Utf8Writer.utf8(bytes, true);
                PrintWriter beforeWriter = new PrintWriter(before, true, StandardCharsets.UTF_8);
                TextEmitter emitter = new TextEmitter(bytesWriter, color);
                PrintWriter charWriter = new PrintWriter(chars);
                TextEmitter charEmitter = new TextEmitter(charWriter, color);
                ReferenceTextEmitter reference = new ReferenceTextEmitter(beforeWriter, color);
                // files one after another through the same emitter, the same text twice now and then
                String previous = null;
                for (int file = 0; file < 3; file++) {
                    String text = previous != null && random.nextInt(4) == 0 ? previous : randomText(random);
                    previous = text;
                    SourceText source = SourceText.of("f" + file + (file == 1 ? "\u00e9\u4e2d" : "") + ".cfg", text);
                    for (Diagnostic d : randomFindings(random, text)) {
                        emitter.append(source.name(), source, d);
                        charEmitter.append(source.name(), source, d);
                        reference.append(source.name(), source, d);
                    }
                    // what else is printed in between (a summary, an annotation) stays in its place
                    emitter.drain();
                    charEmitter.drain();
                    reference.drain();
                    for (PrintWriter w : List.of(bytesWriter, charWriter, beforeWriter)) {
                        w.println("-- \u2026 " + file);
                    }
                }
                bytesWriter.flush();
                beforeWriter.flush();
                String where = "round " + round + ", colour " + color;
                assertArrayEquals(before.toByteArray(), bytes.toByteArray(), where);
                // the same in UTF-8 (a lone surrogate, which files never decode to, is `?` in both)
                assertArrayEquals(before.toByteArray(), chars.toString().getBytes(StandardCharsets.UTF_8), where);
            }
        }
    }

    @Test
    void showsTabsWideCharactersAndControlsAsBefore() {
        String text = "a\t\u4e2d\t\ud83d\ude00x\u0001\tb = 1\n";
        SourceText source = SourceText.of("t.cfg", text);
        var info = Rules.find("XC101").info();
        StringWriter now = new StringWriter();
        StringWriter before = new StringWriter();
        TextEmitter emitter = new TextEmitter(new PrintWriter(now), false);
        ReferenceTextEmitter reference = new ReferenceTextEmitter(new PrintWriter(before), false);
        for (int start = 0; start < text.length() - 1; start++) { // every finding on the same line
            Diagnostic d = new Diagnostic(info, Severity.ERROR, new TextRange(start, start + 2), "m", List.of(), null);
            emitter.append("t.cfg", source, d);
            reference.append("t.cfg", source, d);
        }
        emitter.drain();
        reference.drain();
        assertEquals(before.toString(), now.toString());
        String[] lines = now.toString().split("\n");
        // tab stops of the shown text count the wide char as one column (as they always have)
        assertEquals(" 1 | a   \u4e2d   \ud83d\ude00x? b = 1", lines[1]);
        // the caret columns count it as two: the range of the wide char and the tab after it starts 4
        // columns in (a, tab) and takes 4 (2 for the wide char, 2 to the next stop)
        assertEquals("   |     ^^^^", lines[8]);
    }
}
