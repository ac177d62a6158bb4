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
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code xenlint rules}: list every rule. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List every rule.", "",
            "Each with its code, name, severity, dialects and whether it can be fixed."})
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    CheckCommand.OutputFormat format;

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
