package dev.xenlint.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Translates {@code workspace/*} messages: folders coming and going, and changed {@code .xenlint.toml} files. */
final class XenlintWorkspaceService implements WorkspaceService {

    private final XenlintLanguageServer server;

    XenlintWorkspaceService(XenlintLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // xenlint's settings live in .xenlint.toml files, not in the editor
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean changed = false;
        for (FileEvent e : params.getChanges()) {
            var path = LspWorkspace.pathOf(e.getUri());
            if (path != null && server.workspace.isConfigFile(path)) {
                server.logInfo("configuration changed: " + path);
                server.workspace.configurationChanged(path);
                changed = true;
            }
        }
        if (changed) {
            server.reanalyseAll();
        }
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        for (WorkspaceFolder f : params.getEvent().getRemoved()) {
            var p = LspWorkspace.pathOf(f.getUri());
            if (p != null) {
                server.workspace.removeFolder(p);
            }
        }
        for (WorkspaceFolder f : params.getEvent().getAdded()) {
            server.addFolder(f.getUri());
        }
        server.reanalyseAll();
    }
}
