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
 * string that, from Xen 4.0 (c50b989b44), Python's
 * {@code re.match('policy=(?P<policy>.*),label=(?P<label>.*)', s)} accepts
 * (tools/python/xen/xm/create.py:1258-1276 at e04254f7bc), and before it a
 * split on commas did.
 */
public final class InvalidAccessControl extends Rule {

    public InvalidAccessControl() {
        super(RuleInfo.of("XC707", "invalid-access-control", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting ac = ctx.model().setting("access_control");
        if (ac == null || ctx.xenVersion().before(3, 0, 3)) {
            return; // access_control replaced ssidref in 3.0.3 (5ab002b998)
        }
        boolean regex = ctx.xenVersion().atLeast(4, 0); // c50b989b44
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
                String problem = regex ? matches(s.value()) ? null : "write the entry as "
                        + "`'policy=POLICY,label=LABEL'`, in that order and without spaces; xm refuses other forms "
                        + "(\"Invalid access_control specifier\")" : before40(s.value());
                if (problem != null) {
                    ctx.report(s.range(), problem);
                }
            } else if (!(item instanceof Value.Dynamic)) {
                ctx.report(item.range(), "the entry must be a string `'policy=POLICY,label=LABEL'`; xm cannot read "
                        + "anything else");
            }
        }
    }

    /**
     * Why xm before 4.0 refuses the entry, or null: it split it on commas (at
     * most two items), each {@code key=value} with spaces stripped and the keys
     * policy and label in any order (create.py:785-802 at 3.0.3-branched).
     */
    static String before40(String s) {
        String[] items = s.split(",", -1);
        if (items.length > 2) {
            return "xm takes two items, `policy=POLICY,label=LABEL`, and refuses more (\"Too many elements in "
                    + "access_control specifier\")";
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            String key = eq < 0 ? null : item.substring(0, eq).strip();
            if (key == null || !key.equals("policy") && !key.equals("label")) {
                return "write the entry as `'policy=POLICY,label=LABEL'`; xm refuses other items (\"Invalid "
                        + "access_control specifier\")";
            }
            keys.add(key);
        }
        return keys.size() == 2 ? null : "xm needs both `policy=` and `label=` in the entry";
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
