package dev.xenlint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of xenlint form a pipeline without cycles, read from the compiled classes (what the
 * code really uses, not what comments mention):
 *
 * <pre>
 * text -> syntax.gen -> syntax -> model -> lint -> lint.rules -> analysis -> fix, format, output
 *      -> convert -> config -> workspace -> engine -> report, fleet -> lsp.services -> lsp, cli
 * </pre>
 *
 * A package may use only packages of earlier layers (packages listed together may use each other as
 * long as the graph stays acyclic); README's "Layout and architecture" section describes each.
 */
class PackageGraphTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final String ROOT = "dev.xenlint";

    /** Layers, lowest first. */
    static final List<List<String>> LAYERS = List.of(
            List.of("text"),
            List.of("syntax.gen"),
            List.of("syntax"),
            List.of("model"),
            List.of("lint"),
            List.of("lint.rules"),
            List.of("analysis"),
            List.of("fix", "format", "output"),
            List.of("convert"),
            List.of("config"),
            List.of("workspace"),
            List.of("engine"),
            List.of("report", "fleet"),
            List.of("lsp.services"),
            List.of("lsp", "cli"));

    @Test
    void thePackageGraphHasNoCycles() {
        Map<String, Set<String>> graph = graph();
        List<List<String>> cycles = new ArrayList<>();
        for (List<String> component : stronglyConnected(graph)) {
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
        assertEquals(List.of(), cycles, "packages that depend on each other");
    }

    @Test
    void eachPackageUsesOnlyEarlierLayers() {
        Map<String, Integer> layer = new HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                layer.put(p, i);
            }
        }
        Map<String, Set<String>> graph = graph();
        List<String> unplaced = new ArrayList<>();
        List<String> upward = new ArrayList<>();
        for (var e : graph.entrySet()) {
            Integer from = layer.get(e.getKey());
            if (from == null) {
                unplaced.add(e.getKey());
                continue;
            }
            for (String to : e.getValue()) {
                Integer target = layer.get(to);
                if (target != null && target > from) {
                    upward.add(e.getKey() + " -> " + to);
                }
            }
        }
        assertEquals(List.of(), unplaced, "packages missing from PackageGraphTest.LAYERS (and README's architecture)");
        assertEquals(List.of(), upward, "dependencies against the pipeline order");
    }

    /** Package (relative to dev.xenlint) to the packages its classes refer to. */
    static Map<String, Set<String>> graph() {
        assertFalse(!Files.isDirectory(CLASSES), "compiled classes not found at " + CLASSES.toAbsolutePath());
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String pkg = packageOf(CLASSES.relativize(file).toString().replace('\\', '/'));
                if (pkg == null) {
                    continue;
                }
                Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String name : referencedClasses(file)) {
                    String other = packageOf(name);
                    if (other != null && !other.equals(pkg)) {
                        uses.add(other);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** "dev/xenlint/lint/rules/X" to "lint.rules"; "dev/xenlint/Main" to ""; null outside xenlint. */
    static String packageOf(String internalName) {
        String prefix = ROOT.replace('.', '/') + "/";
        if (!internalName.startsWith(prefix)) {
            return null;
        }
        String rest = internalName.substring(prefix.length());
        int slash = rest.lastIndexOf('/');
        return slash < 0 ? "" : rest.substring(0, slash).replace('/', '.');
    }

    private static final Pattern CLASS_IN_DESCRIPTOR = Pattern.compile("L(dev/xenlint/[A-Za-z0-9_/$]+);");

    /**
     * The classes a class file refers to: its constant pool's class entries and the types in its
     * field and method descriptors and signatures (string constants are left out).
     */
    static Set<String> referencedClasses(Path classFile) {
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            in.readInt(); // magic
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            Set<Integer> classNames = new HashSet<>();
            Set<Integer> strings = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames.add(in.readUnsignedShort());
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
            Set<String> out = new TreeSet<>();
            for (int i = 1; i < count; i++) {
                if (utf8[i] == null || strings.contains(i) && !classNames.contains(i)) {
                    continue;
                }
                if (classNames.contains(i)) {
                    String name = utf8[i];
                    while (name.startsWith("[")) {
                        name = name.substring(1);
                    }
                    out.add(name.startsWith("L") && name.endsWith(";") ? name.substring(1, name.length() - 1) : name);
                }
                Matcher m = CLASS_IN_DESCRIPTOR.matcher(utf8[i]);
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tarjan's algorithm, iterative. */
    static List<List<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String start : graph.keySet()) {
            if (index.containsKey(start)) {
                continue;
            }
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {start, new ArrayList<>(graph.getOrDefault(start, Set.of())).iterator()});
            index.put(start, counter[0]);
            low.put(start, counter[0]++);
            stack.push(start);
            onStack.add(start);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                @SuppressWarnings("unchecked")
                var it = (java.util.Iterator<String>) frame[1];
                if (it.hasNext()) {
                    String w = it.next();
                    if (!index.containsKey(w)) {
                        index.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        stack.push(w);
                        onStack.add(w);
                        work.push(new Object[] {w, new ArrayList<>(graph.getOrDefault(w, Set.of())).iterator()});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> component = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        component.add(w);
                    } while (!w.equals(v));
                    component.sort(null);
                    out.add(component);
                }
            }
        }
        return out;
    }
}
