package dev.xenlint.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The launcher's training runs, which the class caches of {@code bin/xenlint} are made from (CDS archives on
 * JDK 17-24, AOT caches on 25 and later): the classes a process loads here are the ones later runs find in the
 * cache instead of reading and verifying them from the jar. There are two caches, because an AOT cache loads
 * all its classes when the JVM starts, whether the run uses them or not: one for {@code check}, the command
 * of hooks and editors (a cache holding every command's classes made one check of one file about 5 ms slower on
 * JDK 25, one with the report formats too 2 ms), and one for every other command.
 *
 * <p>{@code check}: a plain check of the project's test data (the broken files included, so that the generated
 * parser's classes are cached too) and a {@code check --fix} that writes a copy. {@code all}: those, a check in
 * each report format (the launcher gives a check with {@code --format} this cache), a check whose options
 * picocli reads, {@code format --check}, {@code --version},
 * {@code explain}, {@code rules}, {@code dump}, {@code convert} and a {@code format} that writes a copy. Trained
 * on the plain check alone, each of those read picocli, the formatter or their own classes from the jar: opening
 * and indexing it, then reading and verifying the classes, cost a format of one file about 60 ms more than a
 * check.
 *
 * <p>{@code lsp}: one session of the language server ({@link #lsp}), for its own cache: the server keeps the
 * JVM's defaults, and its first diagnostics came about 230 ms sooner with the cache.
 *
 * <p>Arguments: the project's directory, then {@code check}, {@code all} or {@code lsp}; the launcher sends the
 * output to {@code /dev/null}.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) {
        StandardOutput out = StandardOutput.open();
        System.setOut(out);
        String root = args.length > 0 ? args[0] : ".";
        if (args.length > 1 && args[1].equals("lsp")) {
            lsp(root, System.err);
        } else {
            run(root, args.length > 1 && args[1].equals("check"), out, System.err);
        }
        out.flush();
        System.exit(0);
    }

    /**
     * One session of the language server, in this process, over pipes: initialize, open a file of the test data
     * with a finding in it, wait for its diagnostics, ask for hover, completion, formatting, code actions,
     * symbols and a definition, then shut down. The number of responses received (seven when all went well);
     * gives up after 30 s, so that the training never keeps an editor waiting for its first server.
     */
    static int lsp(String root, PrintStream err) {
        PrintStream stdout = System.out; // the server sends stray prints to its log: put back after
        try {
            java.io.PipedOutputStream toServer = new java.io.PipedOutputStream();
            java.io.PipedInputStream serverIn = new java.io.PipedInputStream(toServer, 1 << 16);
            java.io.PipedInputStream fromServer = new java.io.PipedInputStream(1 << 20);
            PrintStream serverOut = new PrintStream(new java.io.PipedOutputStream(fromServer), true);
            Thread server = new Thread(() -> Main.run(new String[] {"lsp"}, serverIn, serverOut, err), "training-lsp");
            server.setDaemon(true);
            server.start();
            // a read of the server's output blocks while it says nothing: after 30 s both pipes are closed on
            // their writing side, which ends such a read (end of stream) and the server's (end of input)
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(30_000);
                    serverOut.close();
                    toServer.close();
                } catch (InterruptedException | IOException done) {
                    // the session ended first, or the pipes were closed already
                }
            }, "training-lsp-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            String text = Files.readString(Path.of(root, "testdata/xl/windows-hvm.cfg")) + "memroy = 512\n";
            int lastLine = (int) text.chars().filter(c -> c == '\n').count() - 1;
            String uri = Path.of(root, "testdata/xl/training.cfg").toAbsolutePath().toUri().toString();
            String doc = "{\"uri\":" + json(uri) + "}";
            String at = "{\"textDocument\":" + doc + ",\"position\":{\"line\":" + lastLine + ",\"character\":2}}";
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                    + "\"rootUri\":null,\"capabilities\":{}}}");
            long deadline = System.nanoTime() + 30_000_000_000L;
            if (!await(fromServer, "\"id\":1", deadline)) {
                return 0;
            }
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":"
                    + json(uri) + ",\"languageId\":\"xen\",\"version\":1,\"text\":" + json(text) + "}}}");
            if (!await(fromServer, "textDocument/publishDiagnostics", deadline)) {
                return 1;
            }
            String range = "{\"start\":{\"line\":" + lastLine + ",\"character\":0},\"end\":{\"line\":" + lastLine
                    + ",\"character\":6}}";
            String[] requests = {
                "\"textDocument/hover\",\"params\":" + at,
                "\"textDocument/completion\",\"params\":" + at,
                "\"textDocument/formatting\",\"params\":{\"textDocument\":" + doc
                        + ",\"options\":{\"tabSize\":4,\"insertSpaces\":true}}",
                "\"textDocument/codeAction\",\"params\":{\"textDocument\":" + doc + ",\"range\":" + range
                        + ",\"context\":{\"diagnostics\":[]}}",
                "\"textDocument/documentSymbol\",\"params\":{\"textDocument\":" + doc + "}",
                "\"textDocument/definition\",\"params\":" + at,
            };
            int answered = 1;
            for (int i = 0; i < requests.length; i++) {
                send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":" + (i + 2) + ",\"method\":" + requests[i] + "}");
                if (await(fromServer, "\"id\":" + (i + 2) + ",", deadline)) {
                    answered++;
                }
            }
            send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\",\"params\":null}");
            await(fromServer, "\"id\":99", deadline);
            send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
            server.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            watchdog.interrupt();
            return answered;
        } catch (IOException | InterruptedException e) {
            err.println("xenlint training: " + e);
            return 0;
        } finally {
            System.setOut(stdout);
        }
    }

    private static void send(java.io.OutputStream to, String message) throws IOException {
        byte[] body = message.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        to.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        to.write(body);
        to.flush();
    }

    /** Reads the server's messages until one contains {@code marker}; false at the deadline or the end. */
    private static boolean await(java.io.InputStream from, String marker, long deadline) throws IOException {
        while (System.nanoTime() < deadline) {
            StringBuilder header = new StringBuilder();
            while (!header.toString().endsWith("\r\n\r\n")) {
                int c = from.read();
                if (c < 0) {
                    return false;
                }
                header.append((char) c);
            }
            int at = header.indexOf("Content-Length: ");
            int end = header.indexOf("\r\n", at);
            int length = Integer.parseInt(header.substring(at + "Content-Length: ".length(), end).trim());
            String body = new String(from.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
            if (body.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} as a JSON string. */
    private static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /**
     * Runs the training's commands on the test data under {@code root}, those of a {@code check} only when
     * {@code checkOnly}; their exit statuses, in order.
     */
    static int[] run(String root, boolean checkOnly, PrintStream out, PrintStream err) {
        String xl = root + "/testdata/xl";
        String xm = root + "/testdata/xm";
        String broken = root + "/testdata/broken";
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"check", xl, xm, broken});
        if (!checkOnly) {
            // the report formats of CI, each a class or two of its own (and Jackson for three): the launcher
            // gives a check with --format this cache
            for (String format : new String[] {"json", "sarif", "github", "gitlab", "junit", "checkstyle", "concise",
                "gcc"}) {
                runs.add(new String[] {"check", "--select", "ALL", "--format", format, broken});
            }
            runs.add(new String[] {"check", "--select", "ALL", "--select", "XC1", xl}); // picocli's (repeated)
            runs.add(new String[] {"format", "--check", xl, xm});
            runs.add(new String[] {"--version"});
            // what a user runs next: a rule's document, the list, what xenlint read, the conversion
            runs.add(new String[] {"explain", "XC103"});
            runs.add(new String[] {"rules"});
            runs.add(new String[] {"dump", xl + "/windows-hvm.cfg"});
            runs.add(new String[] {"convert", "--to", "xl", xm + "/libvirt-style-hvm.cfg"});
        }
        int[] exits = new int[runs.size() + (checkOnly ? 1 : 2)];
        for (int i = 0; i < runs.size(); i++) {
            exits[i] = Main.run(runs.get(i), new ByteArrayInputStream(new byte[0]), out, err);
        }
        // and the writes of `check --fix` and `format`, on copies in a directory of their own
        Path dir = null;
        List<Path> made = new ArrayList<>();
        try {
            dir = Files.createTempDirectory("xenlint-training");
            Path crlf = Files.writeString(dir.resolve("b.cfg"), // CRLF, which --fix makes LF
                    "name = \"a\"\r\nkernel = \"/boot/vmlinuz\"\r\nmemory = 512\r\n");
            made.add(crlf);
            exits[runs.size()] = Main.run(new String[] {"check", "--fix", crlf.toString()},
                    new ByteArrayInputStream(new byte[0]), out, err);
            if (!checkOnly) {
                Path copy = Files.copy(Path.of(xm, "xmexample1-pv.cfg"), dir.resolve("a.cfg"));
                made.add(copy);
                exits[runs.size() + 1] = Main.run(new String[] {"format", copy.toString()},
                        new ByteArrayInputStream(new byte[0]), out, err);
            }
        } catch (IOException e) {
            err.println("xenlint training: " + e);
            exits[runs.size()] = Main.EXIT_ERROR;
        } finally {
            for (Path p : made) {
                deleteQuietly(p);
            }
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
        return exits;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // left in the temporary directory
        }
    }
}
