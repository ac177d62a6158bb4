package dev.xenlint.lsp;

import dev.xenlint.lsp.services.AnalyzedDocument;
import dev.xenlint.lsp.services.FormattingService;
import dev.xenlint.lsp.services.PositionMapper;
import dev.xenlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Translates {@code textDocument/*} messages to the services, and keeps the open documents' text. */
final class XenlintTextDocumentService implements TextDocumentService {

    private final XenlintLanguageServer server;

    XenlintTextDocumentService(XenlintLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        server.workspace.open(item.getUri(), item.getVersion(), item.getText());
        server.reportConfigurationProblem(item.getUri());
        if (server.pushesDiagnostics()) {
            server.publisher().schedule(item.getUri(), 0);
            scheduleOthers(item.getUri());
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        LspWorkspace.OpenDocument doc = server.workspace.document(uri);
        if (doc == null) {
            server.logInfo("change to a document that is not open: " + uri);
            return;
        }
        String text = doc.text();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            if (change.getRange() == null) {
                text = change.getText();
            } else {
                PositionMapper positions = new PositionMapper(SourceText.of(uri, text), server.workspace.encoding());
                // offsets in the text as the editor holds it: a byte order mark it keeps is its first character
                int a = positions.documentOffset(change.getRange().getStart());
                int b = positions.documentOffset(change.getRange().getEnd());
                text = text.substring(0, Math.min(a, b)) + change.getText() + text.substring(Math.max(a, b));
            }
        }
        server.workspace.open(uri, params.getTextDocument().getVersion(), text);
        if (server.pushesDiagnostics()) {
            server.publisher().schedule(uri);
            scheduleOthers(uri);
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        if (server.pushesDiagnostics() && server.workspace.document(params.getTextDocument().getUri()) != null) {
            server.publisher().schedule(params.getTextDocument().getUri(), 0);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        server.workspace.close(uri);
        if (server.pushesDiagnostics()) {
            server.publisher().clear(uri);
            scheduleOthers(uri);
        }
    }

    /** With checks across files, the other open documents' findings may change too. */
    private void scheduleOthers(String changed) {
        if (!server.workspace.hasCrossFileChecks()) {
            return;
        }
        for (LspWorkspace.OpenDocument d : server.workspace.openDocuments()) {
            if (!d.uri().equals(changed)) {
                server.publisher().schedule(d.uri());
            }
        }
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        return run("textDocument/diagnostic", () -> {
            AnalyzedDocument doc = document(params.getTextDocument().getUri());
            return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(
                    server.diagnostics.diagnostics(doc)));
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return run("textDocument/codeAction", () -> {
            AnalyzedDocument doc = document(params.getTextDocument().getUri());
            List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            for (CodeAction a : server.codeActions.codeActions(doc, params.getRange(), only)) {
                out.add(Either.forRight(a));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return run("textDocument/formatting", () -> {
            AnalyzedDocument doc = document(params.getTextDocument().getUri());
            try {
                return server.formatting.format(doc, server.workspace.session());
            } catch (FormattingService.Refused refused) {
                if (server.client() != null) {
                    server.client().showMessage(new MessageParams(MessageType.Warning, "xenlint: "
                            + refused.getMessage()));
                }
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                        refused.getMessage(), null));
            }
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return run("textDocument/hover", () -> server.hover.hover(document(params.getTextDocument().getUri()),
                params.getPosition()));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return run("textDocument/completion", () -> Either.forLeft(server.completion.complete(
                document(params.getTextDocument().getUri()), params.getPosition())));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        return run("textDocument/documentSymbol", () -> {
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (DocumentSymbol s : server.symbols.symbols(document(params.getTextDocument().getUri()))) {
                out.add(Either.forRight(s));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return run("textDocument/definition", () -> Either.forLeft(server.definitions.definition(
                document(params.getTextDocument().getUri()), params.getPosition())));
    }

    private AnalyzedDocument document(String uri) {
        AnalyzedDocument doc = server.workspace.analysis(uri);
        if (doc == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "document not open: " + uri, null));
        }
        return doc;
    }

    /** Runs a request; a failure becomes an error response and a log line, never the end of the server. */
    private <T> CompletableFuture<T> run(String method, Supplier<T> handler) {
        try {
            return CompletableFuture.completedFuture(handler.get());
        } catch (ResponseErrorException e) {
            return CompletableFuture.failedFuture(e);
        } catch (RuntimeException | StackOverflowError e) {
            server.logError(method + " failed", e);
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InternalError, "xenlint: " + method + " failed: " + e, null)));
        }
    }
}
