package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.engine.FileReport;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** What each format must escape: GitHub's workflow commands, and XML (control characters included). */
class EscapingTest {

    private static final SourceText SOURCE = SourceText.of("a,b:c%.cfg", "memroy = 1\n");
    private static final Diagnostic AWKWARD = new Diagnostic(dev.xenlint.analysis.Rules.find("XC101").info(), Severity.WARNING,
            new TextRange(0, 6), "100% wrong,\r\nsee: here <&> \"q\" \u0001 \u0007", List.of(), null);

    private static List<FileReport> run() {
        return List.of(new FileReport("dir/a,b:c%.cfg", Path.of("dir", "a,b:c%.cfg"), SOURCE, List.of(AWKWARD), null));
    }

    @Test
    void githubEscapesPercentCrLfInMessagesAndAlsoCommaColonInProperties() {
        String out = ReportFixtures.render(ReportFormat.GITHUB::create, run());
        assertEquals("::warning file=dir/a%2Cb%3Ac%25.cfg,line=1,col=1,endLine=1,endColumn=7,"
                + "title=xenlint XC101 (unknown-key)::100%25 wrong,%0D%0Asee: here <&> \"q\" \u0001 \u0007\n", out);
    }

    @Test
    void xmlFormatsStayWellFormedWithMarkupAndControlCharacters() throws Exception {
        for (ReportFormat f : List.of(ReportFormat.CHECKSTYLE, ReportFormat.JUNIT)) {
            String out = ReportFixtures.render(f::create, run());
            var doc = ReportFormatTest.xml(out);
            if (f == ReportFormat.CHECKSTYLE) {
                String message = ((Element) doc.getElementsByTagName("error").item(0)).getAttribute("message");
                assertTrue(message.startsWith("100% wrong,"), message);
                assertTrue(message.endsWith("<&> \"q\" \uFFFD \uFFFD"), message);
                assertEquals("dir/a,b:c%.cfg", ((Element) doc.getElementsByTagName("file").item(0)).getAttribute("name"));
            } else {
                String failure = doc.getElementsByTagName("failure").item(0).getTextContent();
                assertTrue(failure.contains("see: here <&> \"q\" \uFFFD \uFFFD"), failure);
            }
        }
    }
}
