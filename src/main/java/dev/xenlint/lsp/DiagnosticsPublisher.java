package dev.xenlint.lsp;

import dev.xenlint.lsp.services.AnalyzedDocument;
import dev.xenlint.lsp.services.DiagnosticsService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Pushes diagnostics: an edit schedules an analysis after a short pause; a newer edit of the same
 * document cancels the pending one, and a result computed for a version that is no longer the
 * latest is dropped instead of published.
 */
final class DiagnosticsPublisher implements AutoCloseable {

    private final LspWorkspace workspace;
    private final DiagnosticsService diagnostics;
    private final Consumer<PublishDiagnosticsParams> client;
    private final Consumer<Throwable> onError;
    private final long delayMillis;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "xenlint-diagnostics");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();

    DiagnosticsPublisher(LspWorkspace workspace, DiagnosticsService diagnostics,
                         Consumer<PublishDiagnosticsParams> client, Consumer<Throwable> onError, long delayMillis) {
        this.workspace = workspace;
        this.diagnostics = diagnostics;
        this.client = client;
        this.onError = onError;
        this.delayMillis = delayMillis;
    }

    /** Analyses and publishes the document's latest text after the pause (now, for {@code delay = 0}). */
    void schedule(String uri, long delay) {
        ScheduledFuture<?> next = executor.schedule(() -> publish(uri), delay, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = pending.put(uri, next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    void schedule(String uri) {
        schedule(uri, delayMillis);
    }

    /** Clears the diagnostics of a closed document. */
    void clear(String uri) {
        ScheduledFuture<?> previous = pending.remove(uri);
        if (previous != null) {
            previous.cancel(false);
        }
        executor.execute(() -> client.accept(new PublishDiagnosticsParams(uri, List.of())));
    }

    private void publish(String uri) {
        try {
            LspWorkspace.OpenDocument doc = workspace.document(uri);
            if (doc == null) {
                return;
            }
            AnalyzedDocument analyzed = workspace.analysis(uri);
            LspWorkspace.OpenDocument now = workspace.document(uri);
            if (now == null || now.version() != analyzed.document().version()) {
                return; // a newer edit arrived meanwhile; its own analysis is scheduled
            }
            client.accept(new PublishDiagnosticsParams(uri, diagnostics.diagnostics(analyzed),
                    analyzed.document().version()));
        } catch (RuntimeException e) {
            onError.accept(e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
