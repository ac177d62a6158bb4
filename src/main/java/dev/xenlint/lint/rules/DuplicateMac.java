package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Two network interfaces with one MAC address. */
public final class DuplicateMac extends Rule {

    public DuplicateMac() {
        super(RuleInfo.of("XC602", "duplicate-mac", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, Field> seen = new HashMap<>();
        for (KeyValueSpec vif : ctx.model().vifs()) {
            Field mac = vif.get("mac");
            if (mac == null || InvalidMac.parse(mac.text()) == null) {
                continue;
            }
            String key = mac.text().toLowerCase(Locale.ROOT).replace('-', ':');
            Field first = seen.putIfAbsent(key, mac);
            if (first != null) {
                ctx.report(mac.range(), "MAC `" + mac.text() + "` is used by another vif of this guest; "
                        + (ctx.isXm() ? "xm refuses the domain" : "the two interfaces clash on the network")
                        + ". Give each vif its own address", null, new RelatedLocation(first.range(), "first used here"));
            }
        }
    }
}
