package dev.xenlint.report;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter} that indents elements by two spaces, for
 * the XML reports (checkstyle, JUnit). The stream writer does the escaping.
 */
final class Xml {

    private final XMLStreamWriter out;
    private int depth;
    private boolean hasChildren;

    Xml(Writer writer) {
        try {
            out = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
            out.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml start(String name) {
        try {
            indent();
            out.writeStartElement(name);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element without content; give its attributes with {@link #attr} and do not {@link #end} it. */
    Xml empty(String name) {
        try {
            indent();
            out.writeEmptyElement(name);
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml attr(String name, Object value) {
        try {
            out.writeAttribute(name, xmlSafe(String.valueOf(value)));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Character content of the current element (which then has no child elements). */
    Xml text(String text) {
        try {
            out.writeCharacters(xmlSafe(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the current element; its closing tag goes on its own line when it had children. */
    Xml end() {
        try {
            depth--;
            if (hasChildren) {
                indent();
            }
            out.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    void finish() {
        try {
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void indent() throws XMLStreamException {
        out.writeCharacters("\n" + "  ".repeat(depth));
    }

    /**
     * XML 1.0 cannot carry most control characters, even escaped; a message quoting a file's bytes
     * may hold one. They become U+FFFD so the report stays well-formed.
     */
    static String xmlSafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c <= 0xFFFD
                    || Character.isSurrogate(c) && validSurrogate(s, i);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
