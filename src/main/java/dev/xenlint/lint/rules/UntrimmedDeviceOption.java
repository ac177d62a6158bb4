package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.text.TextRange;
import java.util.List;
import java.util.Set;

/**
 * A vif or vfb option that xl silently drops or misreads because of spaces:
 * xl does not trim inside an item (only blanks before it), so {@code "mac = ..."}
 * is an option named {@code "mac "} and {@code "bridge=xenbr0 "} names a bridge
 * with a trailing space.
 */
public final class UntrimmedDeviceOption extends Rule {

    static final Set<String> VIF = Set.of("type", "mac", "bridge", "ip", "script", "backend", "vifname", "rate",
            "model", "accel", "gatewaydev", "netdev", "devid", "mtu", "vlan", "forwarddev", "trusted", "untrusted");
    static final Set<String> VFB = Set.of("vnc", "vnclisten", "vncpasswd", "vncdisplay", "vncunused", "keymap", "sdl",
            "opengl", "display", "xauthority");
    /** Values xl converts with strtoul/atoi, which skip leading blanks and stop at trailing ones. */
    private static final Set<String> NUMERIC = Set.of("mac", "devid", "mtu", "vnc", "vncdisplay", "vncunused", "sdl",
            "opengl");

    public UntrimmedDeviceOption() {
        super(RuleInfo.of("XC617", "untrimmed-device-option", Severity.WARNING, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        check(ctx, "vif", VIF, ctx.model().vifs());
        check(ctx, "vfb", VFB, ctx.model().vfbs());
    }

    private static void check(RuleContext ctx, String device, Set<String> known, List<KeyValueSpec> specs) {
        for (KeyValueSpec spec : specs) {
            for (KeyValueSpec.Entry e : spec.entries().values()) {
                Field key = e.key();
                Field value = e.value();
                Field trimmedKey = key.trim();
                String name = trimmedKey.text();
                if (!known.contains(name)) {
                    continue; // unknown whatever the spaces: invalid-vif-option / invalid-vfb-spec
                }
                // trimming only takes characters off, so the text changed exactly when the bounds did
                boolean keySpaces = trimmedKey.length() != key.length();
                boolean valueSpaces = value != null && value.trim().length() != value.length();
                if (keySpaces) {
                    ctx.report(key.range(), "xl does not trim spaces inside a " + device + " item: it reads an "
                            + "option named `" + key.text() + "`, does not know it and drops `" + item(e)
                            + "`; write `" + clean(e) + "`", fix(ctx, e));
                } else if (valueSpaces && !NUMERIC.contains(name) && !name.equals("rate")) {
                    // rate: invalid-vif-rate reports it, since xl refuses the domain
                    String effect = name.equals("type")
                            ? "xl reads the type `" + value.text() + "`, which it does not know, and uses the default"
                            : "xl keeps the spaces, so `" + name + "` is `" + value.text() + "`";
                    ctx.report(value.range(), "spaces around the value of `" + name + "`: " + effect + "; write `"
                            + clean(e) + "`", fix(ctx, e));
                }
            }
        }
    }

    private static String item(KeyValueSpec.Entry e) {
        return e.value() == null ? e.key().text() : e.key().text() + "=" + e.value().text();
    }

    private static String clean(KeyValueSpec.Entry e) {
        return e.value() == null ? e.key().trim().text() : e.key().trim().text() + "=" + e.value().trim().text();
    }

    /** Rewrites the item without the spaces: unsafe, since the option then takes effect. */
    private static Fix fix(RuleContext ctx, KeyValueSpec.Entry e) {
        Field whole = e.value() == null ? e.key() : new Field(e.key().source(), e.key().from(), e.value().to());
        if (!Checks.literal(whole, ctx.source())) {
            return null;
        }
        TextRange r = whole.range();
        return RuleContext.replace("write `" + clean(e) + "`", r, clean(e), Fix.Applicability.UNSAFE);
    }
}
