package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Value;

/** An xl channel without a connection type, or a socket channel without a path. */
public final class InvalidChannelSpec extends Rule {

    public InvalidChannelSpec() {
        super(RuleInfo.of("XC610", "invalid-channel-spec", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str s : ctx.model().listStrings("channel")) {
            check(ctx, s);
        }
    }

    private static void check(RuleContext ctx, Value.Str s) {
        KeyValueSpec spec = KeyValueSpec.parse(s);
        Field connection = spec.get("connection");
        if (connection == null) {
            ctx.report(s.range(), "a channel needs `connection=pty` or `connection=socket`; xl refuses it without");
        } else if (!connection.text().equals("pty") && !connection.text().equals("socket")) {
            String hint = connection.text().equalsIgnoreCase("pty") || connection.text().equalsIgnoreCase("socket")
                    ? " (xl wants it in lower case)" : "";
            ctx.report(connection.range(), "`" + connection.text() + "` is not a channel connection; use `pty` or "
                    + "`socket`" + hint);
        } else if (connection.text().equals("socket") && spec.get("path") == null) {
            ctx.report(connection.range(), "a socket channel needs `path=` for the socket; xl refuses it without");
        }
    }
}
