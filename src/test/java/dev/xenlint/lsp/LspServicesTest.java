package dev.xenlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.xenlint.CliRunner;
import dev.xenlint.lsp.services.AnalyzedDocument;
import dev.xenlint.lsp.services.CodeActionService;
import dev.xenlint.lsp.services.CompletionService;
import dev.xenlint.lsp.services.DefinitionService;
import dev.xenlint.lsp.services.DiagnosticsService;
import dev.xenlint.lsp.services.FormattingService;
import dev.xenlint.lsp.services.HoverService;
import dev.xenlint.lsp.services.PositionMapper;
import dev.xenlint.lsp.services.SymbolService;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The editor features as plain services, without JSON-RPC. */
class LspServicesTest {

    @TempDir
    Path dir;

    private final DiagnosticsService diagnostics = new DiagnosticsService();

    /** A PV guest with nothing to report, to build test files on. */
    static final String BASE = "name = \"a\"\nkernel = \"/boot/vmlinuz\"\n";

    private AnalyzedDocument open(String name, String text) throws IOException {
        return open(new LspWorkspace(), name, text);
    }

    private AnalyzedDocument open(LspWorkspace ws, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        String uri = file.toUri().toString();
        ws.open(uri, 1, text);
        return ws.analysis(uri);
    }

    /** Applies LSP text edits (positions of the original text) the way an editor does. */
    static String apply(AnalyzedDocument doc, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(doc.positions().offset(b.getRange().getStart()),
                doc.positions().offset(a.getRange().getStart())));
        StringBuilder sb = new StringBuilder(doc.text());
        for (TextEdit e : sorted) {
            sb.replace(doc.positions().offset(e.getRange().getStart()), doc.positions().offset(e.getRange().getEnd()),
                    e.getNewText());
        }
        return sb.toString();
    }

    private static int line(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count();
    }

    // ---- diagnostics: the same as `check` ----

    @TestFactory
    Stream<DynamicTest> diagnosticsAreThoseOfCheck() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("testdata"))) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            byte[] bytes = Files.readAllBytes(f);
            SourceText source = SourceText.decode(f.toString(), bytes);
            LspWorkspace ws = new LspWorkspace();
            String uri = f.toAbsolutePath().toUri().toString();
            // the document as an editor that keeps the byte order mark sends it (xl refuses a file with one)
            ws.open(uri, 1, (source.hasBom() ? "\uFEFF" : "") + source.text());
            List<Diagnostic> lsp = diagnostics.diagnostics(ws.analysis(uri));
            CliRunner cli = CliRunner.run("check", "--format", "json", f.toString());
            var json = JsonParser.parseString(cli.out()).getAsJsonArray();
            assertEquals(json.size(), lsp.size(), cli.out());
            for (int i = 0; i < lsp.size(); i++) {
                JsonObject c = json.get(i).getAsJsonObject();
                Diagnostic d = lsp.get(i);
                assertEquals(c.get("message").getAsString(), d.getMessage().getLeft());
                assertEquals(c.get("code").getAsString(), d.getCode().getLeft());
                assertEquals("xenlint", d.getSource());
                // check's columns start after a byte order mark; the editor's first line has it as a character
                int bom = source.hasBom() ? 1 : 0;
                int line = c.get("line").getAsInt() - 1;
                int endLine = c.get("endLine").getAsInt() - 1;
                assertEquals(new Range(new Position(line, c.get("column").getAsInt() - 1 + (line == 0 ? bom : 0)),
                        new Position(endLine, c.get("endColumn").getAsInt() - 1 + (endLine == 0 ? bom : 0))),
                        d.getRange(), c.toString());
                assertEquals(switch (c.get("severity").getAsString()) {
                    case "error" -> DiagnosticSeverity.Error;
                    case "warning" -> DiagnosticSeverity.Warning;
                    default -> DiagnosticSeverity.Information;
                }, d.getSeverity());
                assertEquals(c.getAsJsonArray("related").size(),
                        d.getRelatedInformation() == null ? 0 : d.getRelatedInformation().size());
            }
        }));
    }

    @Test
    void diagnosticCarriesCodeDescriptionAndRelatedPlaceInTheSameFile() throws IOException {
        AnalyzedDocument doc = open("dup.cfg", "name = \"a\"\nmemory = 512\nmemory = 1024\n");
        Diagnostic d = diagnostics.diagnostics(doc).stream().filter(x -> x.getCode().getLeft().equals("XC103"))
                .findFirst().orElseThrow();
        assertTrue(d.getCodeDescription().getHref().endsWith("XC103-duplicate-key.md"),
                d.getCodeDescription().getHref());
        assertEquals(1, d.getRelatedInformation().size());
        assertEquals(doc.uri(), d.getRelatedInformation().get(0).getLocation().getUri());
        assertEquals(new Range(new Position(1, 0), new Position(1, 6)),
                d.getRelatedInformation().get(0).getLocation().getRange());
    }

    @Test
    void relatedPlaceInAnotherFileGetsThatFilesUri() throws IOException {
        AnalyzedDocument doc = open("one.cfg", "name = \"a\"\n");
        SourceText other = SourceText.of("two.cfg", "name = \"b\"\nmac = 1\n");
        var finding = new dev.xenlint.lint.Diagnostic(dev.xenlint.analysis.Rules.find("XC101").info(), dev.xenlint.lint.Severity.WARNING,
                new dev.xenlint.text.TextRange(0, 4), "m", List.of(new dev.xenlint.lint.RelatedLocation(
                        new dev.xenlint.text.TextRange(11, 14), "also here",
                        new dev.xenlint.lint.RelatedLocation.OtherFile("two.cfg", other))), null);
        Diagnostic d = diagnostics.toLsp(doc, finding);
        Location loc = d.getRelatedInformation().get(0).getLocation();
        assertEquals(dir.resolve("two.cfg").toUri().toString(), loc.getUri());
        assertEquals(new Range(new Position(1, 0), new Position(1, 3)), loc.getRange());
    }

    @Test
    void positionsCountUtf16UnitsOrUtf8Bytes() {
        SourceText s = SourceText.of("x", "name = \"🚀é\" $\r\nb = 1\r\n");
        int dollar = s.text().indexOf('$');
        PositionMapper utf16 = new PositionMapper(s, PositionMapper.Encoding.UTF16);
        PositionMapper utf8 = new PositionMapper(s, PositionMapper.Encoding.UTF8);
        assertEquals(new Position(0, 13), utf16.position(dollar));
        assertEquals(new Position(0, 16), utf8.position(dollar)); // 🚀 is 4 bytes (2 UTF-16 units), é 2
        assertEquals(dollar, utf16.offset(new Position(0, 13)));
        assertEquals(dollar, utf8.offset(new Position(0, 16)));
        assertEquals(s.text().indexOf('b'), utf8.offset(new Position(1, 0)));
        assertEquals(s.text().indexOf("\r\nb"), utf16.offset(new Position(0, 99)), "past the end: the line's end");
    }

    // ---- code actions ----

    @Test
    void quickFixesUnsafeNotPreferredAndSuppressions() throws IOException {
        AnalyzedDocument doc = open("fix.cfg", BASE + "memroy = 512\n");
        List<CodeAction> actions = new CodeActionService(diagnostics).codeActions(doc,
                new Range(new Position(2, 2), new Position(2, 2)), null);
        CodeAction rename = actions.stream().filter(a -> a.getTitle().startsWith("rename to `memory`")).findFirst()
                .orElseThrow(() -> new AssertionError(actions.toString()));
        assertEquals("quickfix", rename.getKind());
        assertFalse(rename.getIsPreferred(), "unsafe fix is never preferred");
        assertTrue(rename.getTitle().contains("unsafe"), rename.getTitle());
        assertEquals(BASE + "memory = 512\n", apply(doc, rename.getEdit().getChanges().get(doc.uri())));

        CodeAction line = actions.stream().filter(a -> a.getTitle().endsWith("for this line")).findFirst()
                .orElseThrow();
        String suppressed = apply(doc, line.getEdit().getChanges().get(doc.uri()));
        assertEquals(BASE + "# xenlint: disable-next-line=unknown-key\nmemroy = 512\n", suppressed);
        assertTrue(open("s1.cfg", suppressed).analysis().diagnostics().isEmpty(), "the suppression works");

        CodeAction file = actions.stream().filter(a -> a.getTitle().endsWith("for this file")).findFirst()
                .orElseThrow();
        String fileSuppressed = apply(doc, file.getEdit().getChanges().get(doc.uri()));
        assertTrue(fileSuppressed.startsWith("# xenlint: disable-file=unknown-key\n"), fileSuppressed);
        assertTrue(open("s2.cfg", fileSuppressed).analysis().diagnostics().isEmpty());
    }

    /** Applies LSP text edits to the text as the editor holds it (a byte order mark it keeps included). */
    static String applyInEditor(AnalyzedDocument doc, String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> Integer.compare(doc.positions().documentOffset(b.getRange().getStart()),
                doc.positions().documentOffset(a.getRange().getStart())));
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : sorted) {
            sb.replace(doc.positions().documentOffset(e.getRange().getStart()),
                    doc.positions().documentOffset(e.getRange().getEnd()), e.getNewText());
        }
        return sb.toString();
    }

    @Test
    void aByteOrderMarkTheEditorKeepsIsTheFirstCharacterAndItsFixRemovesIt() throws IOException {
        Files.writeString(dir.resolve(".xenlint.toml"), "dialect = \"xl\"\n");
        String text = "\uFEFF" + BASE + "memory = 512\n";
        AnalyzedDocument doc = open("bom.cfg", text);
        // positions on the first line count the mark: `name` is at character 1 (3 in UTF-8 bytes)
        assertEquals(new Position(0, 1), doc.positions().position(0));
        assertEquals(0, doc.positions().offset(new Position(0, 1)));
        assertEquals(new Position(1, 0), doc.positions().position(BASE.indexOf("kernel")));
        PositionMapper utf8 = new PositionMapper(doc.document().source(), PositionMapper.Encoding.UTF8);
        assertEquals(new Position(0, 3), utf8.position(0));
        assertEquals(new Range(new Position(0, 0), new Position(0, 3)), utf8.byteOrderMark());
        assertEquals(1 + BASE.indexOf("kernel"), doc.positions().documentOffset(new Position(1, 0)));

        CodeActionService service = new CodeActionService(diagnostics);
        CodeAction fix = service.codeActions(doc, new Range(new Position(0, 0), new Position(0, 1)), null).stream()
                .filter(a -> a.getTitle().equals("remove the byte order mark")).findFirst()
                .orElseThrow(() -> new AssertionError(diagnostics.diagnostics(doc).toString()));
        List<TextEdit> edits = fix.getEdit().getChanges().get(doc.uri());
        assertEquals(List.of(new TextEdit(new Range(new Position(0, 0), new Position(0, 1)), "")), edits);
        assertEquals(BASE + "memory = 512\n", applyInEditor(doc, text, edits));

        CodeAction all = service.codeActions(doc, new Range(new Position(0, 0), new Position(0, 0)),
                List.of("source.fixAll")).get(0);
        assertEquals(BASE + "memory = 512\n", applyInEditor(doc, text, all.getEdit().getChanges().get(doc.uri())));
    }

    @Test
    void safeQuickFixIsPreferred() throws IOException {
        Files.writeString(dir.resolve(".xenlint.toml"), "dialect = \"xl\"\n");
        AnalyzedDocument doc = open("safe.cfg", BASE + "cpu_cap = 50\n");
        List<CodeAction> actions = new CodeActionService(diagnostics).codeActions(doc,
                new Range(new Position(2, 0), new Position(2, 0)), List.of("quickfix"));
        CodeAction fix = actions.stream().filter(a -> a.getDiagnostics().get(0).getCode().getLeft().equals("XC102")
                && !a.getTitle().startsWith("Disable")).findFirst().orElseThrow();
        assertTrue(fix.getIsPreferred());
        assertFalse(fix.getTitle().contains("unsafe"));
    }

    @Test
    void fixAllAppliesTheSafeFixesAsCheckFixDoes() throws IOException {
        Files.writeString(dir.resolve(".xenlint.toml"), "dialect = \"xl\"\n");
        String text = BASE + "memroy = 512\ncpu_cap = 50\nvcpus = 2\ncpu_weight = 256\n";
        AnalyzedDocument doc = open("all.cfg", text);
        CodeActionService service = new CodeActionService(diagnostics);
        List<CodeAction> actions = service.codeActions(doc, new Range(new Position(0, 0), new Position(0, 0)),
                List.of("source.fixAll"));
        assertEquals(1, actions.size(), actions.toString());
        assertEquals(CodeActionService.FIX_ALL, actions.get(0).getKind());
        String fixed = apply(doc, actions.get(0).getEdit().getChanges().get(doc.uri()));
        Path copy = dir.resolve("copy.cfg");
        Files.writeString(copy, text);
        CliRunner.run("check", "--fix", copy.toString());
        assertEquals(Files.readString(copy), fixed);
        assertTrue(fixed.contains("memroy"), "the unsafe rename is not applied");
    }

    // ---- formatting ----

    @Test
    void formatsLikeTheFormatCommandAndRefusesSyntaxErrors() throws Exception {
        String text = "name='a'\nmemory=512\n\n\n\nvcpus =   2   \n";
        AnalyzedDocument doc = open("f.cfg", text);
        String formatted = apply(doc, new FormattingService().format(doc, new dev.xenlint.engine.Session(dev.xenlint.workspace.Workspace.at(null))));
        Path copy = dir.resolve("copy.cfg");
        Files.writeString(copy, text);
        CliRunner.run("format", copy.toString());
        assertEquals(Files.readString(copy), formatted);
        assertEquals("name = 'a'\nmemory = 512\n\nvcpus = 2\n", formatted);

        AnalyzedDocument broken = open("b.cfg", "name = 'a\nmemory = [1,\n");
        var refused = assertThrows(FormattingService.Refused.class, () -> new FormattingService().format(broken, new dev.xenlint.engine.Session(dev.xenlint.workspace.Workspace.at(null))));
        assertTrue(refused.getMessage().contains("syntax error"), refused.getMessage());
    }

    @Test
    void anEditNeverEndsBetweenTheCrAndTheLfOfALineEnd() throws Exception {
        // format makes the line ends those of most lines: the CRLF's CR goes, and LSP has no position before its LF
        String text = "name = \"a\"\r\nmemory = 512\nvcpus = 2\n";
        AnalyzedDocument doc = open("crlf.cfg", text);
        List<TextEdit> edits = new FormattingService().format(doc,
                new dev.xenlint.engine.Session(dev.xenlint.workspace.Workspace.at(null)));
        assertEquals(List.of(new TextEdit(new Range(new Position(0, 10), new Position(1, 0)), "\n")), edits);
        Path copy = dir.resolve("crlf-copy.cfg");
        Files.writeString(copy, text);
        CliRunner.run("format", copy.toString());
        assertEquals(Files.readString(copy), apply(doc, edits));
    }

    // ---- hover ----

    private static String hoverText(Hover h) {
        assertNotNull(h);
        return h.getContents().getRight().getValue();
    }

    @Test
    void hoverOnKeysRuleCodesBootLettersAndDeviceFields() throws IOException {
        String text = "name = \"a\"\ntype = \"hvm\"\nboot = \"dc\"\non_crash = \"destroy\"\n"
                + "disk = [ \"format=qcow2, vdev=xvda, access=rw, target=/srv/a.img\" ]\n"
                + "vif = [ \"mac=00:16:3e:00:00:01, bridge=xenbr0\" ]\n"
                + "foo = 1  # xenlint: disable=unknown-key\n";
        AnalyzedDocument doc = open("h.cfg", text);
        HoverService hover = new HoverService();
        String onCrash = hoverText(hover.hover(doc, new Position(3, 3)));
        assertTrue(onCrash.contains("**on_crash**") && onCrash.contains("xm: reads it; default restart")
                && onCrash.contains("xl: reads it; default destroy"), onCrash);
        String boot = hoverText(hover.hover(doc, new Position(2, 8)));
        assertTrue(boot.contains("`d`") && boot.contains("CD-ROM"), boot);
        String format = hoverText(hover.hover(doc, new Position(4, 11)));
        assertTrue(format.contains("disk `format`") && format.contains("qcow2"), format);
        String vdev = hoverText(hover.hover(doc, new Position(4, 27)));
        assertTrue(vdev.contains("vdev"), vdev);
        String bridge = hoverText(hover.hover(doc, new Position(5, 36)));
        assertTrue(bridge.contains("vif `bridge`"), bridge);
        int col = text.split("\n")[6].indexOf("unknown-key") + 3;
        String rule = hoverText(hover.hover(doc, new Position(6, col)));
        assertTrue(rule.startsWith("**XC101 unknown-key**"), rule);
        assertNull(hover.hover(doc, new Position(0, 6)), "nothing on `=`");
    }

    // ---- completion ----

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    @Test
    void completesKeysUnsetFirstValuesAndDeviceKeys() throws IOException {
        String text = "name = \"a\"\nmemory = 512\n\ntype = \non_crash = \"\"\nboot = \"c\"\n"
                + "disk = [ \"vdev=xvda, \" ]\nsoundhw = \n";
        AnalyzedDocument doc = open("c.cfg", text);
        CompletionService completion = new CompletionService();
        List<CompletionItem> keys = completion.complete(doc, new Position(2, 0));
        CompletionItem memory = keys.stream().filter(i -> i.getLabel().equals("memory")).findFirst().orElseThrow();
        CompletionItem vcpus = keys.stream().filter(i -> i.getLabel().equals("vcpus")).findFirst().orElseThrow();
        assertTrue(vcpus.getSortText().compareTo(memory.getSortText()) < 0, "keys not yet set come first");
        assertNotNull(memory.getDocumentation());
        assertEquals(List.of("pv", "pvh", "hvm"), labels(completion.complete(doc, new Position(3, 7))));
        assertEquals("\"hvm\"", completion.complete(doc, new Position(3, 7)).get(2).getInsertText());
        assertTrue(labels(completion.complete(doc, new Position(4, 12))).containsAll(List.of("destroy", "restart",
                "soft-reset")));
        assertTrue(labels(completion.complete(doc, new Position(5, 9))).containsAll(List.of("d", "n")));
        assertFalse(labels(completion.complete(doc, new Position(5, 9))).contains("c"), "c is already there");
        List<String> disk = labels(completion.complete(doc, new Position(6, 20)));
        assertTrue(disk.containsAll(List.of("format=", "target=", "access=", "cdrom")), disk.toString());
        assertTrue(labels(completion.complete(doc, new Position(7, 10))).containsAll(List.of("ac97", "hda")));
    }

    @Test
    void completesVifKeysInsideAMultiLineList() throws IOException {
        String text = "name = \"a\"\nvif = [\n    \"bridge=xenbr0\",\n    \"\",\n]\n";
        AnalyzedDocument doc = open("v.cfg", text);
        List<String> vif = labels(new CompletionService().complete(doc, new Position(3, 5)));
        assertTrue(vif.containsAll(List.of("mac=", "bridge=", "rate=")), vif.toString());
    }

    // ---- symbols and definitions ----

    @Test
    void symbolsHaveDisksAndVifsAsChildren() throws IOException {
        String text = "name = \"a\"\ndisk = [ \"/srv/a.img,raw,xvda,rw\", \"/srv/b.img,raw,xvdb,r\" ]\n"
                + "vif = [ \"mac=00:16:3e:00:00:01\" ]\n";
        AnalyzedDocument doc = open("s.cfg", text);
        List<DocumentSymbol> symbols = new SymbolService().symbols(doc);
        assertEquals(List.of("name", "disk", "vif"), symbols.stream().map(DocumentSymbol::getName).toList());
        assertEquals(List.of("xvda", "xvdb"), symbols.get(1).getChildren().stream().map(DocumentSymbol::getName)
                .toList());
        assertEquals("00:16:3e:00:00:01", symbols.get(2).getChildren().get(0).getName());
    }

    @Test
    void definitionOfAnXmLocalIsItsAssignmentAbove() throws IOException {
        String text = "import os\nbase = '/srv/xen'\nbase = base + '/images'\nkernel = base + '/vmlinuz'\n"
                + "name = 'a'\n";
        AnalyzedDocument doc = open("d.cfg", text);
        List<Location> def = new DefinitionService().definition(doc, new Position(3, 10));
        assertEquals(1, def.size());
        assertEquals(new Range(new Position(2, 0), new Position(2, 4)), def.get(0).getRange());
        List<Location> inner = new DefinitionService().definition(doc, new Position(2, 8));
        assertEquals(new Range(new Position(1, 0), new Position(1, 4)), inner.get(0).getRange());
    }

    // ---- checks across the open documents ----

    /** A stand-in for a fleet check: two guests with one name, reported on each with the other as related. */
    static final class SameName implements dev.xenlint.engine.CrossFileCheck {
        private final List<AnalyzedFile> files = new ArrayList<>();

        @Override
        public void collect(AnalyzedFile file) {
            files.add(file);
        }

        @Override
        public void finish(Sink sink) {
            for (AnalyzedFile a : files) {
                for (AnalyzedFile b : files) {
                    var na = a.analysis().model().strings("name");
                    var nb = b.analysis().model().strings("name");
                    if (a != b && !na.isEmpty() && !nb.isEmpty() && na.get(0).value().equals(nb.get(0).value())) {
                        sink.report(a, new dev.xenlint.lint.Diagnostic(dev.xenlint.analysis.Rules.find("XC101").info(), dev.xenlint.lint.Severity.ERROR, na.get(0).range(), "another guest has this name",
                                List.of(new dev.xenlint.lint.RelatedLocation(nb.get(0).range(), "here",
                                        new dev.xenlint.lint.RelatedLocation.OtherFile(
                                                b.document().path().toString(), b.document().source()))), null));
                    }
                }
            }
        }
    }

    @Test
    void checksAcrossFilesRunOverTheOpenDocuments() throws IOException {
        LspWorkspace ws = new LspWorkspace();
        ws.setCrossFileChecks(() -> List.of(new SameName()));
        AnalyzedDocument a = open(ws, "a.cfg", BASE);
        assertTrue(a.analysis().diagnostics().isEmpty(), "alone: nothing");
        AnalyzedDocument b = open(ws, "b.cfg", "# the same guest\n" + BASE);
        List<Diagnostic> onB = diagnostics.diagnostics(b);
        assertEquals(1, onB.size(), onB.toString());
        assertEquals("another guest has this name", onB.get(0).getMessage().getLeft());
        Location other = onB.get(0).getRelatedInformation().get(0).getLocation();
        assertEquals(a.uri(), other.getUri());
        assertEquals(new Range(new Position(0, 7), new Position(0, 10)), other.getRange());
        assertEquals(1, ws.analysis(a.uri()).analysis().diagnostics().size(), "and on the other one");
        ws.close(b.uri());
        assertTrue(ws.analysis(a.uri()).analysis().diagnostics().isEmpty(), "gone with the other document");
    }

    @Test
    void theFleetRulesCompareTheOpenDocuments() throws IOException {
        LspWorkspace ws = new LspWorkspace();
        ws.setCrossFileChecks(() -> List.of(new dev.xenlint.fleet.FleetCheck()));
        String web = "name = \"web\"\nbootloader = \"pygrub\"\nvif = [ \"mac=00:16:3e:00:00:07\" ]\n";
        AnalyzedDocument a = open(ws, "web.cfg", web);
        AnalyzedDocument b = open(ws, "web-copy.cfg", web.replace("web", "web2"));
        List<Diagnostic> onB = diagnostics.diagnostics(b);
        assertEquals(1, onB.size(), onB.toString());
        assertEquals("XC803", onB.get(0).getCode().getLeft());
        assertTrue(onB.get(0).getMessage().getLeft().startsWith("MAC address `00:16:3e:00:00:07` is also used by"),
                onB.get(0).getMessage().getLeft());
        Location other = onB.get(0).getRelatedInformation().get(0).getLocation();
        assertEquals(a.uri(), other.getUri());
        assertEquals(new Range(new Position(2, 13), new Position(2, 30)), other.getRange());
    }

    // ---- workspace configuration ----

    @Test
    void nearestXenlintTomlAppliesAndIsReloaded() throws IOException {
        LspWorkspace ws = new LspWorkspace();
        ws.addFolder(dir);
        Files.writeString(dir.resolve(".xenlint.toml"), "ignore = [\"unknown-key\"]\n");
        AnalyzedDocument doc = open(ws, "vm/a.cfg", BASE + "memroy = 1\n");
        assertTrue(doc.analysis().diagnostics().isEmpty(), "ignored by the configuration");
        Files.writeString(dir.resolve(".xenlint.toml"), "ignore = []\nxen-version = \"4.4\"\n");
        ws.configurationChanged();
        assertEquals("4.4", ws.analysis(doc.uri()).analysis().xenVersion().toString(), "the target release too");
        assertEquals("XC101", ws.analysis(doc.uri()).analysis().diagnostics().get(0).code());
        Files.writeString(dir.resolve(".xenlint.toml"), "nonsense = 1\n");
        ws.configurationChanged();
        assertNotNull(ws.configurationProblem(doc.uri()));
        assertEquals(1, ws.analysis(doc.uri()).analysis().diagnostics().size(), "defaults meanwhile");
        assertEquals("vm/a.cfg", ws.analysis(doc.uri()).document().displayPath());
        assertEquals(StandardCharsets.UTF_8, doc.document().source().charset());
    }
}
