package dev.xenlint.cli;

import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleDocs;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xenlint explain}: print a rule's document. */
final class ExplainCommand implements Callable<Integer> {

    private CommandSpec spec;

    String rule;

    /** The command's model: its parameter, bound to the field above. */
    CommandSpec spec() {
        spec = Specs.command(this, "explain", new String[] {"Print a rule's document.", "",
            "What it checks, why it matters, examples and how to fix it."});
        spec.addPositional(Specs.parameter("CODE|NAME", "A rule code (XC101) or name (unknown-key).", v -> rule = v));
        return spec;
    }

    @Override
    public Integer call() {
        Rule r = Rules.find(rule);
        if (r == null) {
            spec.commandLine().getErr().println("xenlint: no rule `" + rule + "`; `xenlint rules` lists them");
            return Main.EXIT_ERROR;
        }
        String doc = RuleDocs.load(r.info());
        PrintWriter out = spec.commandLine().getOut();
        out.println(r.code() + " " + r.name() + " (" + r.info().severityText() + ", "
                + String.join(", ", RulesCommand.dialects(r.info())) + ", fix: " + r.info().fixable().id() + ")");
        out.println();
        out.print(doc == null ? "(no document)\n" : RuleDocs.body(doc));
        out.flush();
        return 0;
    }
}
