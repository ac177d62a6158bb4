package dev.xenlint.fuzz;

/** Inputs written so that they can be pasted into a regression test. */
final class Escape {

    private Escape() {
    }

    /** A Java string literal (without quotes) for a text. */
    static String java(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Bytes as a Java expression: a string literal's UTF-8 bytes when they are UTF-8, else a byte array. */
    static String bytes(byte[] b) {
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(b)).toString();
            return "\"" + java(text) + "\".getBytes(StandardCharsets.UTF_8)";
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            // written byte by byte below
        }
        StringBuilder sb = new StringBuilder("new byte[] {");
        for (int i = 0; i < b.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(b[i]);
        }
        return sb.append("}").toString();
    }
}
