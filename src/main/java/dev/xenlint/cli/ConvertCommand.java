package dev.xenlint.cli;

import dev.xenlint.convert.Converter;
import dev.xenlint.engine.Inputs;
import dev.xenlint.fix.SafeWriter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.output.TextEmitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xenlint convert --to xl}: rewrite an xm configuration for xl. */
final class ConvertCommand implements Callable<Integer> {

    private final Main main;
    private CommandSpec spec;

    String to;
    Path output;
    boolean forceWrite;
    final ConfigOptions configOptions = new ConfigOptions();
    String file;

    ConvertCommand(Main main) {
        this.main = main;
    }

    /** The command's model: its options, bound to the fields above. */
    CommandSpec spec() {
        spec = Specs.command(this, "convert", new String[] {
            "Rewrite an xm configuration for xl, keeping what the guest gets.",
            "",
            "Python is folded to values, builder turned into type, hvmloader kernel and device_model dropped, "
                    + "xm-only keys mapped to their xl replacements, disk and vif entries written in xl's syntax, "
                    + "and every default that changed between xm and xl written out. Comments are carried over. "
                    + "What cannot be converted is kept as a comment and listed on standard error.",
            "",
            "An xl file is printed unchanged (exit 1 when xl itself would stop at a line of it)."},
            "", "Exit status: 0 converted, 1 converted with parts left as comments (or an xl file that xl "
                    + "refuses), 2 syntax or I/O error.");
        spec.addOption(Specs.option("--to", String.class, "xl", "Target toolstack; only xl.", v -> to = v)
                .required(true).build());
        spec.addOption(Specs.option(new String[] {"-o", "--output"}, Path.class, "OUT",
                "Write to OUT instead of standard output (- means standard output).",
                v -> output = v == null || "-".equals(v.toString()) ? null : v).build());
        spec.addOption(Specs.flag("--force-write", "Also write over an OUT that is read-only (no write permission for "
                + "its owner); without it xenlint refuses, even when run as root.", v -> forceWrite = v));
        configOptions.addTo(spec);
        spec.addPositional(Specs.parameter("FILE", "The xm configuration; '-' reads standard input.", v -> file = v));
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!to.equals("xl")) {
            err.println("xenlint: can only convert to xl, not `" + to + "`");
            return Main.EXIT_ERROR;
        }
        Inputs.Input input = Inputs.read(file, main.in, "<stdin>");
        if (input.error() != null) {
            err.println("xenlint: " + input.error());
            return Main.EXIT_ERROR;
        }
        String base = input.path() == null ? "domain" : input.path().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        dev.xenlint.engine.Session.Conversion conversion;
        try {
            conversion = new dev.xenlint.engine.Session(configOptions.workspace())
                    .convert(new dev.xenlint.engine.Document(input.displayName(), input.path(), 0, input.source()), base);
        } catch (dev.xenlint.config.ConfigException e) {
            err.println("xenlint: " + e.getMessage());
            return Main.EXIT_ERROR;
        }
        for (Diagnostic d : conversion.syntax().diagnostics()) {
            new TextEmitter(err, false).emit(input.displayName(), input.source(), d);
        }
        if (conversion.refused()) {
            err.println("xenlint: " + input.displayName() + " has syntax errors; not converted");
            return Main.EXIT_ERROR;
        }
        Converter.Result result = conversion.result();
        byte[] bytes = Converter.encode(input.source(), conversion.syntax(), result);
        if (output == null) {
            main.writeRaw(out, bytes);
        } else {
            try {
                SafeWriter.requireRegular(output); // before reading it: a FIFO would block
                if (Files.exists(output)) {
                    byte[] existing;
                    try {
                        existing = dev.xenlint.text.SizeLimit.read(output);
                    } catch (IOException e) {
                        err.println("xenlint: cannot read " + output + " (to write over it): " + reason(e));
                        return Main.EXIT_ERROR;
                    }
                    SafeWriter.write(output, existing, bytes, forceWrite);
                } else {
                    SafeWriter.create(output, bytes);
                }
            } catch (SafeWriter.WriteException e) {
                err.println("xenlint: " + e.getMessage()); // names the file and says why
                return Main.EXIT_ERROR;
            }
        }
        for (Converter.Note note : result.notes()) {
            err.println(input.displayName() + (note.line() > 0 ? ":" + note.line() : "") + ": " + note.message());
        }
        err.flush();
        return result.unconverted() ? Main.EXIT_FINDINGS : 0;
    }

    /** The system's reason for an I/O error, without repeating the file name. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
