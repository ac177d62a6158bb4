package dev.xenlint.fleet;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Turns a fleet's clashes into diagnostics of the files involved, with related locations in the others. */
public final class FleetDiagnostics {

    private FleetDiagnostics() {
    }

    /**
     * The diagnostic of one clash, for the file of {@link Fleet.Clash#member()}.
     *
     * @param sourceOf   the text of a member's file, for the related locations (null when it cannot be had)
     * @param severityOf the severity configured for the rule in that member's file (its default when not)
     */
    public static Diagnostic of(Fleet fleet, Fleet.Clash clash, IntFunction<SourceText> sourceOf,
                                java.util.function.Function<RuleInfo, Severity> severityOf) {
        RuleInfo rule = clash.claim().resource().rule();
        List<String> paths = new ArrayList<>();
        List<RelatedLocation> related = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fleet.Other other : clash.others()) {
            Fleet.Member member = fleet.member(other.member());
            if (!seen.add(member.identity())) {
                continue; // one file reached twice (auto/ links) is named once, where first met
            }
            String path = member.displayPath();
            paths.add(path);
            SourceText text = sourceOf.apply(other.member());
            if (text != null) {
                related.add(new RelatedLocation(other.claim().range(), ClashMessages.related(other.claim()),
                        new RelatedLocation.OtherFile(path, text)));
            }
        }
        Severity configured = severityOf.apply(rule);
        Severity severity = clash.severity().compareTo(configured) < 0 ? clash.severity() : configured;
        return new Diagnostic(rule, severity, clash.claim().range(),
                ClashMessages.message(clash, paths), List.copyOf(related), null);
    }
}
