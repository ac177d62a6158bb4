package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/**
 * xm's {@code access_control}: an empty list is no label; else exactly one
 * string that Python's {@code re.match('policy=(?P<policy>.*),label=(?P<label>.*)', s)}
 * accepts (tools/python/xen/xm/create.py:1258-1276 at e04254f7bc).
 */
public final class InvalidAccessControl extends Rule {

    public InvalidAccessControl() {
        super(RuleInfo.of("XC707", "invalid-access-control", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting ac = ctx.model().setting("access_control");
        if (ac == null) {
            return;
        }
        for (Value v : ac.candidates()) {
            if (v instanceof Value.Str s) {
                if (!s.value().isEmpty()) {
                    // xm counts len(value): one entry per character
                    ctx.report(s.range(), "`access_control` takes a list; xm counts a string's characters as "
                            + "entries and refuses it. Write `[ '" + s.value() + "' ]`");
                }
                continue;
            }
            if (!(v instanceof Value.ListValue list) || list.items().isEmpty()) {
                continue; // an empty list: no label
            }
            if (list.items().size() != 1) {
                ctx.report(list.range(), "`access_control` takes exactly one entry; xm refuses " + list.items().size()
                        + " (\"Multiple access_control definitions\")");
                continue;
            }
            Value item = list.items().get(0);
            if (item instanceof Value.Str s) {
                if (!matches(s.value())) {
                    ctx.report(s.range(), "write the entry as `'policy=POLICY,label=LABEL'`, in that order and "
                            + "without spaces; xm refuses other forms (\"Invalid access_control specifier\")");
                }
            } else if (!(item instanceof Value.Dynamic)) {
                ctx.report(item.range(), "the entry must be a string `'policy=POLICY,label=LABEL'`; xm cannot read "
                        + "anything else");
            }
        }
    }

    /**
     * Python's {@code re.match('policy=(.*),label=(.*)', s)}: anchored at the
     * start only, {@code .} matching anything but a newline.
     */
    static boolean matches(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.startsWith("policy=") && line.indexOf(",label=", 7) >= 0;
    }
}
