package dev.xenlint.engine;

import dev.xenlint.text.SizeLimit;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the files named on the command line and reads them, turning I/O failures into messages. */
public final class Inputs {

    /** Name used for standard input. */
    public static final String STDIN = "-";

    /** Extensions taken when walking a directory; files named explicitly are always read. */
    private static final List<String> CONFIG_EXTENSIONS = List.of(".cfg", ".conf", ".xl", ".xm", ".hvm", ".pv");

    private Inputs() {
    }

    /** A file to analyse, or the reason it cannot be. */
    public record Input(String displayName, Path path, SourceText source, byte[] bytes, String error) {
        Input(String displayName, Path path, SourceText source, String error) {
            this(displayName, path, source, null, error);
        }
    }

    /**
     * Expands directories (recursively, skipping hidden entries) into the
     * files their configuration takes, in sorted order.
     */
    public static List<String> expand(List<String> args, dev.xenlint.workspace.Workspace configs, List<String> errors) {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(STDIN)) {
                out.add(arg);
                continue;
            }
            Path p = Path.of(arg);
            if (!Files.isDirectory(p)) {
                out.add(arg);
                continue;
            }
            List<String> found = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    if (!isHidden(p, f) && configs.configFor(f).takes(f, hasConfigExtension(f))) {
                        found.add(f.toString());
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                errors.add("cannot read directory " + arg + ": " + describe(e));
            } catch (dev.xenlint.config.ConfigException e) {
                errors.add(e.getMessage());
            }
            if (found.isEmpty()) {
                errors.add("no configuration files found in " + arg);
            }
            out.addAll(found);
        }
        return out;
    }

    public static Input read(String name, InputStream stdin, String stdinName) {
        if (name.equals(STDIN)) {
            try {
                byte[] bytes = SizeLimit.read(stdin, "standard input");
                return new Input(stdinName, null, SourceText.decode(stdinName, bytes), bytes, null);
            } catch (SizeLimit.TooLargeException e) {
                return new Input(stdinName, null, null, e.getMessage());
            } catch (IOException e) {
                return new Input(stdinName, null, null, "cannot read standard input: " + describe(e));
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
            return new Input(name, path, null, "cannot read " + name + ": " + describe(e));
        }
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasConfigExtension(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return CONFIG_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public static String describe(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        String msg = t.getMessage();
        return msg == null ? t.getClass().getSimpleName() : msg;
    }
}
