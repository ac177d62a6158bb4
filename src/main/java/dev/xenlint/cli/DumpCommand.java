package dev.xenlint.cli;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.engine.Document;
import dev.xenlint.engine.Inputs;
import dev.xenlint.engine.Session;
import dev.xenlint.output.Json;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xenlint dump}: print the model of one file. */
final class DumpCommand implements Callable<Integer> {

    private final Main main;
    private CommandSpec spec;

    String file;
    final ConfigOptions configOptions = new ConfigOptions();
    boolean noLocations;

    DumpCommand(Main main) {
        this.main = main;
    }

    /** The command's model: its options, bound to the fields above. */
    CommandSpec spec() {
        spec = Specs.command(this, "dump", new String[] {
            "Print what xenlint understood of one file, as JSON.",
            "",
            "It shows the dialect and why, every setting with its assignments and value, local variables, the "
                    + "Python the file uses, and disks, vifs, boot order and PCI devices with libxl's field names."},
            "", "Exit status: 0 printed (syntax errors are listed in it), 2 usage, configuration or I/O error.");
        spec.addPositional(Specs.parameter("FILE", "The file to dump; '-' reads standard input.", v -> file = v));
        configOptions.addTo(spec);
        spec.addOption(Specs.flag("--no-locations", "Leave out source locations.", v -> noLocations = v));
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Inputs.Input input = Inputs.read(file, main.in, "<stdin>");
        if (input.error() != null) {
            spec.commandLine().getErr().println("xenlint: " + input.error());
            return Main.EXIT_ERROR;
        }
        dev.xenlint.workspace.FileSettings settings;
        Session session;
        try {
            session = new Session(configOptions.workspace());
            settings = session.workspace()
                    .settingsFor(file.equals(Inputs.STDIN) ? null : java.nio.file.Path.of(file));
        } catch (dev.xenlint.config.ConfigException e) {
            spec.commandLine().getErr().println("xenlint: " + e.getMessage());
            return Main.EXIT_ERROR;
        }
        Session.Dump dump = session.dump(new Document(input.displayName(), input.path(), 0, input.source()), settings,
                !noLocations);
        Analysis analysis = dump.analysis();
        out.println(Json.pretty(dump.json()));
        out.flush();
        java.util.List<String> problems = new java.util.ArrayList<>();
        CheckCommand.internalErrors(input.displayName(), analysis, problems);
        problems.forEach(p -> spec.commandLine().getErr().println("xenlint: " + p));
        return problems.isEmpty() ? 0 : Main.EXIT_ERROR;
    }
}
