package dev.xenlint.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a pair of streams (standard input and output for {@code xenlint lsp}). */
public final class LanguageServerMain {

    private LanguageServerMain() {
    }

    /**
     * Serves until {@code exit} (status 0 after {@code shutdown}, else 1), the end of the input (1) or
     * the end of the editor process (1). Nothing but protocol messages is written to {@code out}.
     */
    public static int run(InputStream in, OutputStream out, PrintStream log) {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        XenlintLanguageServer server = new XenlintLanguageServer(log, status::complete,
                XenlintLanguageServer.DEFAULT_DEBOUNCE_MILLIS);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        var listening = launcher.startListening();
        CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException | ExecutionException | java.util.concurrent.CancellationException e) {
                // the input ended or broke: the editor is gone
            }
            status.complete(1);
        });
        try {
            return status.get();
        } catch (InterruptedException | ExecutionException e) {
            return 1;
        }
    }
}
