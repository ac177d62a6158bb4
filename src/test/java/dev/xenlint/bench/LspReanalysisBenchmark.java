package dev.xenlint.bench;

import dev.xenlint.lsp.XenlintLanguageServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Re-analysis after a one-character edit of a 1,000-line config, measured from the change
 * notification to the published diagnostics, warm, through LSP4J's JSON-RPC over piped streams:
 * the client sends {@code textDocument/didChange} (one digit of {@code memory} changes), the server
 * applies it, analyses the whole text under its configuration, converts the findings and publishes
 * them; the time ends when the client has decoded the {@code publishDiagnostics} of that version.
 * The server's pause after an edit (150 ms in the editor, so that typing is analysed once) is set to
 * 0 here: what is measured is the work done after it. Run with
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} and
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main LspReanalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LspReanalysisBenchmark {

    /** The line whose digit the edit changes: {@code memory = 512}. */
    static final int MEMORY_LINE = 2;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private PipedOutputStream toServer;
    private LanguageServer server;
    private Path dir;
    private String uri;
    private int version = 1;
    private int findings;

    /** A 1,000-line xl config: settings, comments, and long disk and vif lists; a few findings. */
    static String thousandLines() {
        StringBuilder sb = new StringBuilder();
        sb.append("name = \"bench\"\nkernel = \"/boot/vmlinuz\"\nmemory = 512\nmaxmem = 1024\nvcpus = 2\n");
        sb.append("on_crash = \"restart\"\nmemroy = 256\n"); // an unknown key: one finding
        int line = 7;
        sb.append("# the guest's disks, one per line\ndisk = [\n");
        line += 2;
        int i = 0;
        while (line < 700) {
            sb.append("    \"format=raw, vdev=xvd").append((char) ('a' + i % 26)).append(i / 26 == 0 ? "" : i / 26)
                    .append(", access=rw, target=/dev/vg0/bench-disk-").append(i).append("\",\n");
            i++;
            line++;
            if (i % 10 == 0) {
                sb.append("    # disks ").append(i).append(" to ").append(i + 9).append('\n');
                line++;
            }
        }
        sb.append("]\nvif = [\n");
        line += 2;
        int n = 0;
        while (line < 999) {
            sb.append(String.format("    \"mac=00:16:3e:%02x:%02x:%02x, bridge=xenbr%d\",%n", n / 65536 % 256,
                    n / 256 % 256, n % 256, n % 4));
            n++;
            line++;
        }
        sb.append("]\n");
        return sb.toString();
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream fromServer = new PipedOutputStream(clientIn);
        XenlintLanguageServer impl = new XenlintLanguageServer(new PrintStream(OutputStream.nullOutputStream()),
                status -> { }, 0);
        var serverLauncher = LSPLauncher.createServerLauncher(impl, serverIn, fromServer);
        impl.connect(serverLauncher.getRemoteProxy());
        serverLauncher.startListening();
        var clientLauncher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
        dir = Files.createTempDirectory("xenlint-bench");
        Path file = dir.resolve("bench.cfg");
        String text = thousandLines();
        Files.writeString(file, text);
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new ClientCapabilities());
        server.initialize(init).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        uri = file.toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "xen",
                version, text)));
        PublishDiagnosticsParams first = published.poll(30, TimeUnit.SECONDS);
        if (first == null || text.split("\n", -1).length != 1001) {
            throw new IllegalStateException("set-up failed: " + first + ", lines " + text.split("\n", -1).length);
        }
        findings = first.getDiagnostics().size();
    }

    @Benchmark
    public PublishDiagnosticsParams editToDiagnostics() throws InterruptedException {
        version++;
        String digit = version % 2 == 0 ? "3" : "2"; // memory = 513, memory = 512, ...
        var change = new TextDocumentContentChangeEvent(new Range(new Position(MEMORY_LINE, 11),
                new Position(MEMORY_LINE, 12)), digit);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
        while (true) {
            PublishDiagnosticsParams p = published.poll(10, TimeUnit.SECONDS);
            if (p == null) {
                throw new IllegalStateException("no diagnostics for version " + version);
            }
            if (p.getVersion() != null && p.getVersion() == version) {
                if (p.getDiagnostics().size() != findings) {
                    throw new IllegalStateException("findings changed: " + p.getDiagnostics());
                }
                return p;
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        toServer.close();
        Files.deleteIfExists(dir.resolve("bench.cfg"));
        Files.deleteIfExists(dir);
    }

    final class Client implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
