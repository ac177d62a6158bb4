package dev.xenlint.cli;

import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.GuestType;
import dev.xenlint.output.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import java.util.stream.Collectors;

/** {@code xenlint rules}: list every rule. */
final class RulesCommand implements Callable<Integer> {

    private CommandSpec spec;

    CheckCommand.OutputFormat format;

    /** The command's model: its option, bound to the field above. */
    CommandSpec spec() {
        spec = Specs.command(this, "rules", new String[] {"List every rule.", "",
            "Each with its code, name, severity, dialects and whether it can be fixed."});
        spec.addOption(Specs.option("--format", CheckCommand.OutputFormat.class, "text|json",
                "Output format (default: ${DEFAULT-VALUE}).", v -> format = v).defaultValue("text").build());
        return spec;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == CheckCommand.OutputFormat.json) {
            List<Object> rows = new ArrayList<>();
            for (Rule r : Rules.all()) {
                RuleInfo i = r.info();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("code", i.code());
                row.put("name", i.name());
                row.put("severity", i.severity().id());
                row.put("severities", i.severities().stream().map(dev.xenlint.lint.Severity::id).toList());
                row.put("dialects", dialects(i));
                row.put("guests", i.guests().stream().map(GuestType::id).sorted().toList());
                row.put("fixable", i.fixable().id());
                row.put("since", i.since());
                rows.add(row);
            }
            out.println(Json.pretty(rows));
        } else {
            out.printf("%-6s %-34s %-13s %-7s %s%n", "CODE", "NAME", "SEVERITY", "DIALECT", "FIX");
            for (Rule r : Rules.all()) {
                RuleInfo i = r.info();
                out.printf("%-6s %-34s %-13s %-7s %s%n", i.code(), i.name(), i.severityText(),
                        String.join(",", dialects(i)), i.fixable().id());
            }
        }
        out.flush();
        return 0;
    }

    static List<String> dialects(RuleInfo i) {
        return i.dialects().stream().map(Dialect::id).sorted(java.util.Comparator.reverseOrder())
                .collect(Collectors.toList());
    }
}
