package dev.xenlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server through LSP4J's launcher and JSON-RPC over piped streams, with a stub client. */
class LanguageServerTest {

    static final String BASE = LspServicesTest.BASE;

    @TempDir
    Path dir;

    /** A client that records what the server sends it. */
    static final class StubClient implements LanguageClient {
        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
        final List<MessageParams> logs = new CopyOnWriteArrayList<>();
        final List<MessageParams> shown = new CopyOnWriteArrayList<>();

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void showMessage(MessageParams params) {
            shown.add(params);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
            logs.add(params);
        }

        @Override
        public CompletableFuture<Void> registerCapability(org.eclipse.lsp4j.RegistrationParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> refreshDiagnostics() {
            return CompletableFuture.completedFuture(null);
        }
    }

    private final StubClient client = new StubClient();
    private final CompletableFuture<Integer> exitStatus = new CompletableFuture<>();
    private PipedOutputStream toServer;
    private LanguageServer server;
    private Launcher<LanguageServer> clientLauncher;

    /** LSP4J logs what these tests provoke (malformed input, closed pipes) through java.util.logging. */
    private static final java.util.logging.Logger LSP4J_LOG = java.util.logging.Logger.getLogger("org.eclipse.lsp4j");

    static {
        LSP4J_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private void start(long debounce) throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream fromServer = new PipedOutputStream(clientIn);
        XenlintLanguageServer impl = new XenlintLanguageServer(new PrintStream(java.io.OutputStream.nullOutputStream()),
                exitStatus::complete, debounce);
        Launcher<org.eclipse.lsp4j.services.LanguageClient> serverLauncher =
                LSPLauncher.createServerLauncher(impl, serverIn, fromServer);
        impl.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();
        clientLauncher = LSPLauncher.createClientLauncher(client, clientIn, toServer);
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
    }

    @AfterEach
    void stop() throws IOException {
        if (toServer != null) {
            toServer.close();
        }
    }

    private InitializeResult initialize(ClientCapabilities caps, Integer processId) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setCapabilities(caps);
        p.setProcessId(processId);
        p.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "test")));
        InitializeResult r = server.initialize(p).get(10, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return r;
    }

    private String open(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        String uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "xen", 1,
                text)));
        return uri;
    }

    private PublishDiagnosticsParams nextDiagnostics() throws InterruptedException {
        PublishDiagnosticsParams p = client.diagnostics.poll(10, TimeUnit.SECONDS);
        assertNotNull(p, "diagnostics were published");
        return p;
    }

    @Test
    void pushesDiagnosticsOnOpenAndOnlyForTheLatestOfQuickEdits() throws Exception {
        start(300);
        InitializeResult init = initialize(new ClientCapabilities(), null);
        assertEquals("utf-16", init.getCapabilities().getPositionEncoding());
        String uri = open("a.cfg", BASE + "memroy = 512\n");
        PublishDiagnosticsParams first = nextDiagnostics();
        assertEquals(1, first.getVersion());
        assertEquals("XC101", first.getDiagnostics().get(0).getCode().getLeft());
        assertEquals(new Range(new Position(2, 0), new Position(2, 6)), first.getDiagnostics().get(0).getRange());
        for (int v = 2; v <= 4; v++) { // type "ry" then fix the key: three quick edits
            String replacement = v == 4 ? "memory" : "memroy" + "x".repeat(v - 1);
            var change = new TextDocumentContentChangeEvent(new Range(new Position(2, 0), new Position(2,
                    v == 2 ? 6 : 6 + v - 2)), replacement);
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, v), List.of(change)));
        }
        PublishDiagnosticsParams last = nextDiagnostics();
        assertEquals(4, last.getVersion(), "older analyses were cancelled");
        assertTrue(last.getDiagnostics().isEmpty(), last.toString());
        assertNull(client.diagnostics.poll(500, TimeUnit.MILLISECONDS), "nothing more");
    }

    @Test
    void negotiatesUtf8AndServesRequests() throws Exception {
        start(0);
        ClientCapabilities caps = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(List.of("utf-8", "utf-16"));
        caps.setGeneral(general);
        assertEquals("utf-8", initialize(caps, null).getCapabilities().getPositionEncoding());
        String uri = open("u.cfg", "name = \"é\"\nkernel = \"/boot/vmlinuz\"\nmemroy = 512\ntype = \"pv\"  # é\n"
                + "foo = 1  # é  xenlint\n");
        PublishDiagnosticsParams p = nextDiagnostics();
        var unknown = p.getDiagnostics().stream().filter(d -> d.getRange().getStart().getLine() == 4).findFirst()
                .orElseThrow();
        assertEquals(new Position(4, 0), unknown.getRange().getStart());

        var hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(3, 2))).get(10, TimeUnit.SECONDS);
        assertTrue(hover.getContents().getRight().getValue().contains("**type**"));

        var items = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri),
                new Position(3, 8))).get(10, TimeUnit.SECONDS).getLeft();
        assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("pvh")), items.toString());

        var actions = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                new Range(new Position(2, 1), new Position(2, 1)), new CodeActionContext(List.of())))
                .get(10, TimeUnit.SECONDS);
        assertTrue(actions.stream().anyMatch(a -> a.getRight().getTitle().startsWith("rename to `memory`")));

        var edits = server.getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri), new FormattingOptions(4, true))).get(10, TimeUnit.SECONDS);
        assertTrue(edits.isEmpty(), "already formatted: " + edits);
    }

    @Test
    void formattingRefusesSyntaxErrorsWithAMessage() throws Exception {
        start(0);
        initialize(new ClientCapabilities(), null);
        String uri = open("b.cfg", BASE + "memory = [1,\n");
        nextDiagnostics();
        var failure = server.getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri), new FormattingOptions(4, true)));
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> failure.get(10, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
        assertTrue(e.getCause().getMessage().contains("syntax error"), e.getCause().getMessage());
        assertTrue(client.shown.stream().anyMatch(m -> m.getMessage().contains("not formatted")));
    }

    @Test
    void pullDiagnosticsWhenTheClientPullsAndNoPush() throws Exception {
        start(0);
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        td.setDiagnostic(new DiagnosticCapabilities());
        caps.setTextDocument(td);
        initialize(caps, null);
        String uri = open("p.cfg", BASE + "memroy = 512\n");
        var report = server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(
                new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS);
        assertEquals("XC101", report.getLeft().getItems().get(0).getCode().getLeft());
        assertNull(client.diagnostics.poll(300, TimeUnit.MILLISECONDS), "no push when the client pulls");
    }

    @Test
    void reloadsXenlintTomlWhenItChanges() throws Exception {
        start(0);
        initialize(new ClientCapabilities(), null);
        String uri = open("c.cfg", BASE + "memroy = 512\n");
        assertEquals(1, nextDiagnostics().getDiagnostics().size());
        Path toml = dir.resolve(".xenlint.toml");
        Files.writeString(toml, "ignore = [\"XC101\"]\n");
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(toml.toUri().toString(), FileChangeType.Created))));
        PublishDiagnosticsParams after = nextDiagnostics();
        assertEquals(uri, after.getUri());
        assertTrue(after.getDiagnostics().isEmpty(), after.toString());
    }

    @Test
    void survivesBadInputAndEndsWithStatusZeroAfterShutdownAndExit() throws Exception {
        start(0);
        initialize(new ClientCapabilities(), null);
        String uri = open("r.cfg", BASE);
        nextDiagnostics();
        // an unknown method
        var unknown = clientLauncher.getRemoteEndpoint().request("xenlint/noSuchMethod", null);
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> unknown.get(10, TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
                ((ResponseErrorException) e.getCause()).getResponseError().getCode());
        // a handler that fails: a hover without a position
        var failing = clientLauncher.getRemoteEndpoint().request("textDocument/hover",
                java.util.Map.of("textDocument", java.util.Map.of("uri", uri)));
        ExecutionException f = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> failing.get(10, TimeUnit.SECONDS));
        assertTrue(f.getCause() instanceof ResponseErrorException, f.toString());
        assertTrue(client.logs.stream().anyMatch(m -> m.getMessage().contains("textDocument/hover failed")),
                client.logs.toString());
        // malformed messages: not JSON, then no header at all
        synchronized (toServer) {
            byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
            toServer.write(("Content-Length: " + garbage.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            toServer.write(garbage);
            toServer.flush();
        }
        // still serving
        var hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(0, 1))).get(10, TimeUnit.SECONDS);
        assertTrue(hover.getContents().getRight().getValue().contains("**name**"));
        assertFalse(exitStatus.isDone());
        server.shutdown().get(10, TimeUnit.SECONDS);
        server.exit();
        assertEquals(0, exitStatus.get(10, TimeUnit.SECONDS));
    }

    @Test
    void republishesOnSaveAndClearsOnClose() throws Exception {
        start(0);
        initialize(new ClientCapabilities(), null);
        String uri = open("s.cfg", BASE + "memroy = 512\n");
        assertEquals(1, nextDiagnostics().getDiagnostics().size());
        server.getTextDocumentService().didSave(new org.eclipse.lsp4j.DidSaveTextDocumentParams(
                new TextDocumentIdentifier(uri)));
        assertEquals(1, nextDiagnostics().getDiagnostics().size());
        server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                new TextDocumentIdentifier(uri)));
        PublishDiagnosticsParams cleared = nextDiagnostics();
        assertEquals(uri, cleared.getUri());
        assertTrue(cleared.getDiagnostics().isEmpty());
    }

    @Test
    void exitWithoutShutdownIsStatusOne() throws Exception {
        start(0);
        initialize(new ClientCapabilities(), null);
        server.exit();
        assertEquals(1, exitStatus.get(10, TimeUnit.SECONDS));
    }

    @Test
    void endsWhenTheEditorProcessIsGone() throws Exception {
        Process editor = new ProcessBuilder("sleep", "60").start();
        try {
            start(0);
            initialize(new ClientCapabilities(), (int) editor.pid());
            assertFalse(exitStatus.isDone());
            editor.destroy();
            editor.waitFor(10, TimeUnit.SECONDS);
            assertEquals(1, exitStatus.get(15, TimeUnit.SECONDS));
        } finally {
            editor.destroyForcibly();
        }
    }
}
