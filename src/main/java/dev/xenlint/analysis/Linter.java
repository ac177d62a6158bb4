package dev.xenlint.analysis;

import dev.xenlint.lint.BuiltInRule;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.rules.MissingComma;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.ModelBuilder;
import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.SyntaxError;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.Trace;
import dev.xenlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one entry point every consumer (command line, tests, editors) uses to analyse a file. */
public final class Linter {

    private static final Comparator<Diagnostic> BY_POSITION = Diagnostic.BY_POSITION;

    private Linter() {
    }

    public static Analysis analyze(SourceText source, LintOptions options) {
        return analyze(source, options, Rules.all());
    }

    /** With another set of rules: for tests (a rule that throws). */
    static Analysis analyze(SourceText source, LintOptions options, List<Rule> rules) {
        Trace.mark("file: analysis starts");
        SyntaxTree tree = ConfigParser.parse(source);
        Trace.mark("file: parsed");
        ConfigModel model = ModelBuilder.build(tree, options.dialect(), options.dialectBy(), options.xenVersion());
        Trace.mark("file: model built");
        RuleSelection selection = options.selection();
        RuleContext ctx = new RuleContext(model, options.xenVersionFor(model.dialect()));
        List<RuleFailure> failures = new ArrayList<>();

        Rule syntax = BuiltInRule.SYNTAX_ERROR;
        if (selection.isEnabled(syntax.info())) {
            ctx.begin(syntax, selection.severityOf(syntax.info()));
            List<SyntaxError> errors = new ArrayList<>();
            if (model.dialect() == Dialect.XM) {
                errors.addAll(tree.errors());
                errors.addAll(tree.indentationErrors()); // xl ignores leading whitespace; Python does not
            } else {
                for (SyntaxError e : tree.errors()) {
                    if (tree.xlRefusesAround(e.range())) { // what xl's own parser reads is not an error for xl
                        errors.add(e);
                    }
                }
            }
            for (SyntaxError e : errors) {
                ctx.report(e.range(), e.message(), repair(e));
            }
        }
        Plan plan = Plan.of(selection, rules);
        int dialect = 1 << model.dialect().ordinal();
        int guests = mask(model.guest().possible());
        for (int r = 0; r < plan.rules.length; r++) {
            Rule rule = plan.rules[r];
            if ((plan.dialects[r] & dialect) == 0 || (plan.guests[r] & guests) == 0) {
                continue; // the rule does not apply to the file's dialect, or to any guest type the file may be
            }
            ctx.begin(rule, plan.severities[r]);
            int before = ctx.diagnostics().size();
            try {
                rule.check(ctx);
            } catch (RuntimeException | StackOverflowError bug) {
                // a bug, not a finding: what the rule reported before it threw is dropped with it
                ctx.diagnostics().subList(before, ctx.diagnostics().size()).clear();
                failures.add(RuleFailure.of(rule, bug));
            }
        }

        Trace.mark("file: rules run");
        dropConsequencesOfMissingCommas(ctx.diagnostics());

        Suppressions suppressions = Suppressions.of(tree);
        List<Diagnostic> kept = new ArrayList<>(ctx.diagnostics().size());
        for (Diagnostic d : ctx.diagnostics()) {
            if (!suppressions.suppresses(d, d.info())) {
                kept.add(d);
            }
        }
        Rule unused = BuiltInRule.UNUSED_SUPPRESSION;
        if (selection.isEnabled(unused.info())) {
            RuleContext unusedCtx = new RuleContext(model, ctx.xenVersion());
            unusedCtx.begin(unused, selection.severityOf(unused.info()));
            suppressions.reportUnused(unusedCtx, selection);
            kept.addAll(unusedCtx.diagnostics());
        }
        kept.sort(BY_POSITION);
        Trace.mark("file: suppressions applied");
        return new Analysis(source, tree, model, List.copyOf(kept), ctx.xenVersion(), List.copyOf(failures));
    }

    /**
     * The rules a selection enables (built-in ones aside) and their severities, in the order of the rule list:
     * worked out once per selection rather than once per file (matching every selector against every rule
     * was a few per cent of a typical file's analysis). The last one is kept; it is immutable, so threads
     * share it.
     */
    private static final class Plan {
        private static volatile Plan last;

        final RuleSelection selection;
        final List<Rule> all;
        final Rule[] rules;
        final dev.xenlint.lint.Severity[] severities;
        /** Each rule's dialects and guest types as bit masks of their ordinals ({@link #mask}). */
        final int[] dialects;
        final int[] guests;

        private Plan(RuleSelection selection, List<Rule> all) {
            this.selection = selection;
            this.all = all;
            List<Rule> enabled = new ArrayList<>();
            for (Rule rule : all) {
                if (!(rule instanceof BuiltInRule) && selection.isEnabled(rule.info())) {
                    enabled.add(rule);
                }
            }
            this.rules = enabled.toArray(new Rule[0]);
            this.severities = new dev.xenlint.lint.Severity[rules.length];
            this.dialects = new int[rules.length];
            this.guests = new int[rules.length];
            for (int i = 0; i < rules.length; i++) {
                RuleInfo info = rules[i].info();
                severities[i] = selection.severityOf(info);
                dialects[i] = mask(info.dialects());
                guests[i] = mask(info.guests());
            }
        }

        static Plan of(RuleSelection selection, List<Rule> all) {
            Plan p = last;
            if (p != null && p.all == all && (p.selection == selection || p.selection.equals(selection))) {
                return p;
            }
            p = new Plan(selection, all);
            last = p;
            return p;
        }
    }

    /**
     * A missing comma in an xm list makes one garbage entry of two (missing-comma points at the joined
     * entry with a related location); what other rules say inside that entry follows from the missing
     * comma, so only the missing comma is reported.
     */
    private static void dropConsequencesOfMissingCommas(List<Diagnostic> diagnostics) {
        List<dev.xenlint.text.TextRange> joined = new ArrayList<>();
        for (Diagnostic d : diagnostics) { // loops, not streams and lambdas: see StartupPathTest
            if (d.code().equals(MissingComma.CODE)) {
                for (RelatedLocation r : d.related()) {
                    if (r.inSameFile()) {
                        joined.add(r.range());
                    }
                }
            }
        }
        if (joined.isEmpty()) {
            return;
        }
        // a finding lies inside a joined entry when one starting at or before it ends at or after its end: the
        // entries by start with the greatest end so far answer that by a binary search per finding (comparing
        // every finding with every missing comma was quadratic in form)
        long[] byStart = new long[joined.size()];
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = (long) joined.get(i).start() << 32 | i;
        }
        java.util.Arrays.sort(byStart);
        int[] starts = new int[byStart.length];
        int[] maxEnds = new int[byStart.length];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < byStart.length; i++) {
            starts[i] = (int) (byStart[i] >>> 32);
            max = Math.max(max, joined.get((int) byStart[i]).end());
            maxEnds[i] = max;
        }
        int kept = 0;
        for (int i = 0, n = diagnostics.size(); i < n; i++) {
            Diagnostic d = diagnostics.get(i);
            if (d.code().startsWith("XC0") || !insideJoined(d.range(), starts, maxEnds)) {
                diagnostics.set(kept++, d);
            }
        }
        diagnostics.subList(kept, diagnostics.size()).clear();
    }

    /** Whether {@code r} lies inside an entry that starts at or before it and ends at or after its end. */
    private static boolean insideJoined(dev.xenlint.text.TextRange r, int[] starts, int[] maxEnds) {
        int lo = 0;
        int hi = starts.length; // first entry starting after the finding
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= r.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && maxEnds[lo - 1] >= r.end();
    }

    /** The parser's repair of a syntax error (straight quotes for typographic ones, ...) as a safe fix. */
    private static Fix repair(SyntaxError e) {
        if (e.repair() == null) {
            return null;
        }
        List<Edit> edits = new ArrayList<>();
        for (SyntaxError.Replacement r : e.repair().replacements()) {
            edits.add(new Edit(r.range(), r.text()));
        }
        return new Fix(e.repair().description(), List.copyOf(edits), Fix.Applicability.SAFE);
    }

    /**
     * A set of enum constants as a bit mask of their ordinals: whether a rule applies to a file is two
     * ANDs, not a look-up in the rule's dialects and a walk over its guest types per rule and file.
     */
    private static int mask(java.util.Set<? extends Enum<?>> set) {
        int m = 0;
        for (Enum<?> e : set) {
            m |= 1 << e.ordinal();
        }
        return m;
    }

    /**
     * Whether a suppression comment of the analysed file covers a finding of {@code rule} at
     * {@code range}: what checks across files ask before they let a file take part in a clash.
     * Parse the comments once per file and ask as often as needed.
     */
    public static java.util.function.BiPredicate<RuleInfo, dev.xenlint.text.TextRange> suppressions(Analysis analysis) {
        Suppressions s = Suppressions.of(analysis.syntax());
        return new java.util.function.BiPredicate<>() { // a class, not a lambda: see StartupPathTest
            @Override
            public boolean test(RuleInfo rule, dev.xenlint.text.TextRange range) {
                return s.suppresses(new Diagnostic(rule, rule.severity(), range, "", List.of(), null), rule);
            }
        };
    }
}
