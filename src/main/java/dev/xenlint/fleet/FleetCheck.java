package dev.xenlint.fleet;

import dev.xenlint.analysis.Linter;
import dev.xenlint.analysis.RuleSelection;
import dev.xenlint.engine.CrossFileCheck;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.text.TextRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The fleet rules as a check of a run: each analysed file contributes its claims (those its
 * selection enables and its comments do not suppress), and at the end every clash becomes a
 * finding of each file involved, pointing at the others.
 */
public final class FleetCheck implements CrossFileCheck {

    private final Fleet fleet = new Fleet();
    /** What the end of the run needs of each member: its document (text, path) and settings. */
    private final List<AnalyzedFile> files = new ArrayList<>();

    @Override
    public void collect(AnalyzedFile file) {
        RuleSelection selection = file.settings().selection();
        BiPredicate<RuleInfo, TextRange> suppressed = null;
        List<Claim> kept = new ArrayList<>();
        for (Claim c : FactCollector.collect(file.analysis().model()).claims()) {
            RuleInfo rule = c.resource().rule();
            if (!selection.isEnabled(rule)) {
                continue;
            }
            if (suppressed == null) {
                suppressed = Linter.suppressions(file.analysis());
            }
            if (!suppressed.test(rule, c.range())) {
                kept.add(c);
            }
        }
        Path path = file.document().path();
        Set<String> groups = path == null ? Set.of() : file.settings().config().alternativeGroupsFor(path);
        fleet.add(new Fleet.Member(file.document().displayPath(), identity(file), groups,
                kept.isEmpty() ? GuestFacts.NONE : new GuestFacts(List.copyOf(kept))));
        files.add(new AnalyzedFile(file.document(), file.settings(), null)); // the analysis is not kept
    }

    @Override
    public void finish(Sink sink) {
        for (Fleet.Clash clash : fleet.clashes()) {
            AnalyzedFile file = files.get(clash.member());
            // classes, not lambdas: see StartupPathTest
            sink.report(file, FleetDiagnostics.of(fleet, clash, new java.util.function.IntFunction<dev.xenlint.text.SourceText>() {
                @Override
                public dev.xenlint.text.SourceText apply(int i) {
                    return files.get(i).document().source();
                }
            }, new java.util.function.Function<dev.xenlint.lint.RuleInfo, dev.xenlint.lint.Severity>() {
                @Override
                public dev.xenlint.lint.Severity apply(dev.xenlint.lint.RuleInfo rule) {
                    return file.settings().selection().severityOf(rule);
                }
            }));
        }
    }

    /**
     * The file itself, whatever path reached it: what identifies it on disk (device and inode, so that hard
     * links are one file as symbolic links are), else its real path, else its name.
     */
    private static String identity(AnalyzedFile file) {
        Path path = file.document().path();
        if (path == null) {
            return "buffer:" + file.document().displayPath();
        }
        try {
            Object key = java.nio.file.Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class)
                    .fileKey();
            return key != null ? "file:" + key : path.toRealPath().toString();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize().toString();
        }
    }
}
