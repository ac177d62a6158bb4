package dev.xenlint.lsp;

import dev.xenlint.lsp.services.CodeActionService;
import dev.xenlint.lsp.services.CompletionService;
import dev.xenlint.lsp.services.DefinitionService;
import dev.xenlint.lsp.services.DiagnosticsService;
import dev.xenlint.lsp.services.FormattingService;
import dev.xenlint.lsp.services.HoverService;
import dev.xenlint.lsp.services.PositionMapper;
import dev.xenlint.lsp.services.SymbolService;
import dev.xenlint.report.ToolVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The LSP4J face of xenlint's editor services: it negotiates capabilities, keeps the workspace,
 * and hands each request to a service. It translates only; what a feature does lives in
 * {@code dev.xenlint.lsp.services}.
 */
public final class XenlintLanguageServer implements LanguageServer, LanguageClientAware {

    /** Pause after an edit before analysing, so that fast typing is analysed once. */
    public static final long DEFAULT_DEBOUNCE_MILLIS = 150;

    final LspWorkspace workspace = new LspWorkspace();

    {
        // the fleet rules compare the open documents with each other, as check compares the files of a run
        workspace.setCrossFileChecks(() -> java.util.List.of(new dev.xenlint.fleet.FleetCheck()));
    }
    final DiagnosticsService diagnostics = new DiagnosticsService();
    final CodeActionService codeActions = new CodeActionService(diagnostics, () -> workspace.session());
    final FormattingService formatting = new FormattingService();
    final HoverService hover = new HoverService();
    final CompletionService completion = new CompletionService();
    final SymbolService symbols = new SymbolService();
    final DefinitionService definitions = new DefinitionService();

    private final PrintStream log;
    private final IntConsumer exit;
    private final long debounceMillis;
    private final XenlintTextDocumentService textDocuments;
    private final XenlintWorkspaceService workspaceService;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "xenlint-parent-watch");
        t.setDaemon(true);
        return t;
    });
    private volatile LanguageClient client;
    private volatile DiagnosticsPublisher publisher;
    private volatile boolean pushDiagnostics = true;
    private volatile boolean watchedFilesRegistration;
    private volatile boolean shutdown;

    /**
     * @param log            where log lines go besides {@code window/logMessage} (standard error)
     * @param exit           called with the exit status when the server is to end
     * @param debounceMillis pause after an edit before analysing
     */
    public XenlintLanguageServer(PrintStream log, IntConsumer exit, long debounceMillis) {
        this.log = log;
        this.exit = exit;
        this.debounceMillis = debounceMillis;
        this.textDocuments = new XenlintTextDocumentService(this);
        this.workspaceService = new XenlintWorkspaceService(this);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        this.publisher = new DiagnosticsPublisher(workspace, diagnostics, client::publishDiagnostics,
                e -> logError("analysis failed", e), debounceMillis);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        var caps = params.getCapabilities();
        List<String> encodings = caps != null && caps.getGeneral() != null
                ? caps.getGeneral().getPositionEncodings() : null;
        PositionMapper.Encoding encoding = encodings != null && encodings.contains(PositionMapper.Encoding.UTF8.id)
                ? PositionMapper.Encoding.UTF8 : PositionMapper.Encoding.UTF16;
        workspace.setEncoding(encoding);
        if (caps != null && caps.getTextDocument() != null && caps.getTextDocument().getDiagnostic() != null) {
            pushDiagnostics = false; // the client pulls; pushing too would show every finding twice
        }
        watchedFilesRegistration = caps != null && caps.getWorkspace() != null
                && caps.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                addFolder(f.getUri());
            }
        } else if (params.getRootUri() != null) {
            addFolder(params.getRootUri());
        }
        if (params.getProcessId() != null) {
            watchParent(params.getProcessId());
        }

        ServerCapabilities c = new ServerCapabilities();
        c.setPositionEncoding(encoding.id);
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        c.setHoverProvider(true);
        c.setCompletionProvider(new CompletionOptions(false, List.of("=", ",", "'", "\"")));
        c.setDocumentFormattingProvider(true);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionService.FIX_ALL)));
        c.setDocumentSymbolProvider(true);
        c.setDefinitionProvider(true);
        c.setDiagnosticProvider(new DiagnosticRegistrationOptions(false, false));
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        c.setWorkspace(new WorkspaceServerCapabilities(folders));
        return CompletableFuture.completedFuture(new InitializeResult(c,
                new ServerInfo("xenlint", ToolVersion.get())));
    }

    @Override
    public void initialized(InitializedParams params) {
        if (watchedFilesRegistration && client != null) {
            var options = new DidChangeWatchedFilesRegistrationOptions(
                    List.of(new FileSystemWatcher(Either.forLeft("**/" + dev.xenlint.config.ProjectConfig.FILE_NAME))));
            client.registerCapability(new RegistrationParams(List.of(new Registration("xenlint-config-watch",
                    "workspace/didChangeWatchedFiles", options))));
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        if (publisher != null) {
            publisher.close();
        }
        watchdog.shutdownNow();
        exit.accept(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    void addFolder(String uri) {
        Path p = LspWorkspace.pathOf(uri);
        if (p != null) {
            workspace.addFolder(p);
        }
    }

    boolean pushesDiagnostics() {
        return pushDiagnostics;
    }

    DiagnosticsPublisher publisher() {
        return publisher;
    }

    LanguageClient client() {
        return client;
    }

    /** Re-analyses every open document (the configuration changed; the workspace forgot what it affects). */
    void reanalyseAll() {
        for (LspWorkspace.OpenDocument d : workspace.openDocuments()) {
            reportConfigurationProblem(d.uri());
            if (pushDiagnostics && publisher != null) {
                publisher.schedule(d.uri(), 0);
            }
        }
        if (!pushDiagnostics && client != null) {
            client.refreshDiagnostics();
        }
    }

    void reportConfigurationProblem(String uri) {
        String problem = workspace.configurationProblem(uri);
        if (problem != null && client != null) {
            client.showMessage(new MessageParams(MessageType.Error, "xenlint: " + problem));
        }
    }

    void logInfo(String message) {
        log.println("xenlint lsp: " + message);
        if (client != null) {
            client.logMessage(new MessageParams(MessageType.Info, message));
        }
    }

    void logError(String what, Throwable e) {
        log.println("xenlint lsp: " + what + ": " + e);
        e.printStackTrace(log);
        if (client != null) {
            client.logMessage(new MessageParams(MessageType.Error, "xenlint: " + what + ": " + e));
        }
    }

    /** Ends the server when the editor that started it is gone (it may die without saying exit). */
    private void watchParent(int pid) {
        var parent = ProcessHandle.of(pid);
        if (parent.isEmpty()) {
            return; // not visible from here (another namespace): nothing to watch
        }
        watchdog.scheduleWithFixedDelay(() -> {
            if (!parent.get().isAlive()) {
                log.println("xenlint lsp: the editor (process " + pid + ") is gone; exiting");
                exit.accept(1);
            }
        }, 3, 3, TimeUnit.SECONDS);
    }
}
