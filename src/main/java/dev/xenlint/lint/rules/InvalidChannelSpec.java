package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;
import dev.xenlint.model.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * An xl channel xl or libxl refuses, read the way xl reads it
 * (tools/xl/xl_parse.c:2510-2585 at c447b7308b): the entry is cut at commas
 * ({@code strtok}, so empty items vanish), each item must be {@code key=value}
 * with something after the {@code =} ({@code split_string_into_pair}), keys and
 * values are trimmed with {@code isspace} and compared with {@code strcmp}.
 */
public final class InvalidChannelSpec extends Rule {

    public InvalidChannelSpec() {
        super(RuleInfo.of("XC610", "invalid-channel-spec", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str s : ctx.model().listStrings("channel")) {
            check(ctx, s);
        }
    }

    private static void check(RuleContext ctx, Value.Str s) {
        Field whole = Field.of(s);
        String text = s.value();
        Map<String, Field> keys = new HashMap<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != ',') {
                continue;
            }
            Field item = whole.sub(start, i);
            start = i + 1;
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq < 0 || eq == item.text().length() - 1) {
                ctx.report(item.range(), "`" + item.text() + "` is not `key=value`"
                        + (eq < 0 ? "" : " (nothing follows the `=`)")
                        + "; xl stops with \"failed to parse channel configuration\"");
                return;
            }
            Field key = item.sub(0, eq).trim();
            Field value = item.sub(eq + 1, item.text().length()).trim();
            switch (key.text()) {
                case "backend", "name", "path", "connection" -> keys.put(key.text(), value);
                default -> ctx.reportMild(Severity.WARNING, key.range(), "`" + key.text() + "` is not a channel "
                        + "option; xl prints \"unknown channel parameter\" and ignores it (it knows backend, name, "
                        + "path and connection)", null);
            }
        }
        Field connection = keys.get("connection");
        if (connection == null) {
            ctx.report(s.range(), "a channel needs `connection=pty` or `connection=socket`; xl refuses it without");
            return;
        }
        if (!connection.text().equals("pty") && !connection.text().equals("socket")) {
            String hint = connection.text().equalsIgnoreCase("pty") || connection.text().equalsIgnoreCase("socket")
                    ? " (xl wants it in lower case)" : "";
            ctx.report(connection.range(), "`" + connection.text() + "` is not a channel connection; use `pty` or "
                    + "`socket`" + hint);
            return;
        }
        if (connection.text().equals("socket") && keys.get("path") == null) {
            ctx.report(connection.range(), "a socket channel needs `path=` for the socket; xl refuses it without");
            return;
        }
        Field name = keys.get("name");
        if (name == null) {
            ctx.report(s.range(), "a channel needs a `name=` (such as "
                    + "org.qemu.guest_agent.0), which the guest looks it up by; libxl refuses the domain with "
                    + "\"channel has no name\"");
        }
    }
}
