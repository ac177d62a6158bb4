package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import java.util.Set;

/** A vif item the toolstack does not know: xm refuses the domain, xl complains and ignores it. */
public final class InvalidVifOption extends Rule {

    private static final Set<String> XM_KEYS = Set.of("type", "mac", "bridge", "ip", "script", "backend", "vifname",
            "rate", "model", "accel", "policy", "label");
    private static final Set<String> XL_KEYS = Set.of("type", "mac", "bridge", "ip", "script", "backend", "vifname",
            "rate", "model", "accel", "gatewaydev", "netdev", "devid", "mtu", "vlan", "forwarddev", "trusted",
            "untrusted");

    public InvalidVifOption() {
        super(RuleInfo.of("XC606", "invalid-vif-option", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        boolean xm = ctx.isXm();
        for (KeyValueSpec vif : ctx.model().vifs()) {
            for (KeyValueSpec.Entry e : vif.entries().values()) {
                String key = e.key().text();
                boolean flag = e.value() == null;
                if (xm && flag) {
                    ctx.report(e.key().range(), "`" + key + "` needs a value (`key=value`); xm refuses the domain");
                } else if (xm && !XM_KEYS.contains(key)) {
                    ctx.report(e.key().range(), "`" + key + "` is not a vif option xm knows; it refuses the domain");
                } else if (!xm && !key.equals(key.strip()) && XL_KEYS.contains(key.strip())) {
                    continue; // a known option with spaces: untrimmed-device-option
                } else if (!xm && !flag && (key.equals("trusted") || key.equals("untrusted"))) {
                    ctx.reportMild(Severity.WARNING, e.key().range(), "xl knows only the bare flag `" + key
                            + "`; it prints \"unrecognized argument\" for `" + key + "=" + e.value().text()
                            + "` and ignores it. Write `" + key + "`", null);
                } else if (!xm && !XL_KEYS.contains(key) && !key.startsWith("colo_")) {
                    ctx.reportMild(Severity.WARNING, e.key().range(), "`" + key + "` is not a vif option xl knows; xl "
                            + "prints a complaint and ignores it", null);
                } else if (!xm && flag && !key.equals("trusted") && !key.equals("untrusted")) {
                    ctx.reportMild(Severity.WARNING, e.key().range(), "`" + key + "` needs a value (`key=value`); "
                            + "xl ignores it", null);
                } else if (!xm && key.equals("type") && !Set.of("vif", "ioemu").contains(e.value().text())
                        && !Set.of("vif", "ioemu").contains(e.value().text().strip())) {
                    Field v = e.value();
                    ctx.reportMild(Severity.WARNING, v.range(), "xl knows vif types `vif` and `ioemu` only; it "
                            + "complains about `" + v.text() + "` and uses the default", null);
                }
            }
        }
    }
}
