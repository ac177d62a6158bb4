package dev.xenlint.cli;

import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleDocs;
import java.io.PrintWriter;

/** {@code xenlint explain}: print a rule's document. */
final class ExplainCommand extends Command {

    String rule;

    ExplainCommand() {
        super("explain", "Print a rule's document.", "What it checks, why it matters, examples and how to fix it.");
        parameters("CODE|NAME", false, "A rule code (XC101) or name (unknown-key).", v -> rule = v);
    }

    @Override
    int call() {
        Rule r = Rules.find(rule);
        if (r == null) {
            err.println("xenlint: no rule `" + rule + "`; `xenlint rules` lists them");
            return Main.EXIT_ERROR;
        }
        String doc = RuleDocs.load(r.info());
        out.println(r.code() + " " + r.name() + " (" + r.info().severityText() + ", "
                + String.join(", ", RulesCommand.dialects(r.info())) + ", fix: " + r.info().fixable().id() + ")");
        out.println();
        out.print(doc == null ? "(no document)\n" : RuleDocs.body(doc));
        out.flush();
        return 0;
    }
}
