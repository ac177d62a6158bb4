package dev.xenlint.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code xenlint lsp}: the language server. Its classes (and LSP4J's) are loaded only when this
 * command runs, so the other commands start as fast as before.
 */
final class LspCommand implements Callable<Integer> {

    private final Main main;

    LspCommand(Main main) {
        this.main = main;
    }

    /** The command's model (no options of its own). */
    CommandSpec spec() {
        return Specs.command(this, "lsp", new String[] {
            "Serve editors over the Language Server Protocol.",
            "",
            "JSON-RPC over standard input and output; logs go to standard error. The README shows how to set up "
                    + "Neovim, Vim, Emacs, Helix, Kakoune and VS Code."});
    }

    @Override
    public Integer call() {
        PrintStream protocol = main.rawOut;
        PrintStream log = System.err;
        System.setOut(log); // stray prints must not corrupt the protocol stream
        return dev.xenlint.lsp.LanguageServerMain.run(main.in, protocol, log);
    }
}
