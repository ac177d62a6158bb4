package dev.xenlint.engine;

import dev.xenlint.text.SizeLimit;
import dev.xenlint.text.SourceText;
import dev.xenlint.workspace.Discovery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the files named on the command line and reads them, turning I/O failures into messages. */
public final class Inputs {

    /** Name used for standard input. */
    public static final String STDIN = "-";

    private Inputs() {
    }

    /** A file to analyse, or the reason it cannot be. */
    public record Input(String displayName, Path path, SourceText source, byte[] bytes, String error) {
        Input(String displayName, Path path, SourceText source, String error) {
            this(displayName, path, source, null, error);
        }
    }

    /** The inputs of a run; see {@link dev.xenlint.workspace.Discovery#expand}. */
    public static List<String> expand(List<String> args, dev.xenlint.workspace.Workspace configs, List<String> errors) {
        return dev.xenlint.workspace.Discovery.expand(args, configs, errors, Session.IGNORE_SKIPPED);
    }

    public static Input read(String name, InputStream stdin, String stdinName) {
        if (name.equals(STDIN)) {
            try {
                byte[] bytes = SizeLimit.read(stdin, "standard input");
                return new Input(stdinName, null, SourceText.decode(stdinName, bytes), bytes, null);
            } catch (SizeLimit.TooLargeException e) {
                return new Input(stdinName, null, null, e.getMessage());
            } catch (IOException e) {
                return new Input(stdinName, null, null, "cannot read standard input: " + Discovery.describe(e));
            }
        }
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                return new Input(name, path, null, name + " is a directory");
            }
            byte[] bytes = SizeLimit.read(path);
            return new Input(name, path, SourceText.decode(name, bytes), bytes, null);
        } catch (SizeLimit.TooLargeException e) {
            return new Input(name, path, null, e.getMessage());
        } catch (IOException e) {
            return new Input(name, path, null, "cannot read " + name + ": " + Discovery.describe(e));
        }
    }
}
