package dev.xenlint.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decoding a file and encoding its text again gives the file's bytes, whatever they are: a diff takes the
 * file as read to be {@code encode(text())} of what was decoded (UnifiedDiff), as --fix writes its result.
 */
class SourceTextBytesTest {

    /** Pieces of files: UTF-8 of one to four bytes, what UTF-8 refuses (lone, overlong, surrogates), a BOM, line ends. */
    private static final byte[][] PIECES = {
        {'a'}, {' '}, {'\n'}, {'\r', '\n'}, {'\r'},
        "\u00e9".getBytes(StandardCharsets.UTF_8), "\u20ac".getBytes(StandardCharsets.UTF_8),
        "\uD83D\uDE80".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xE9}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
    };

    @Test
    void decodedThenEncodedIsTheFileByteForByte() {
        Random random = new Random(5);
        for (int round = 0; round < 5000; round++) {
            java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
            for (int n = random.nextInt(12); n > 0; n--) {
                file.writeBytes(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] bytes = file.toByteArray();
            SourceText source = SourceText.decode("f", bytes);
            assertArrayEquals(bytes, source.encode(source.text()), () -> java.util.HexFormat.of().formatHex(bytes));
        }
    }
}
