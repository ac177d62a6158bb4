package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** Less video memory than the emulated card needs: xl refuses the domain. */
public final class VideoramTooSmall extends Rule {

    public VideoramTooSmall() {
        super(RuleInfo.of("XC408", "videoram-too-small", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        String card = "cirrus";
        for (Value.Str vga : m.strings("vga")) {
            card = vga.value();
        }
        if (m.setting("vga") == null && Checks.flag(m, "stdvga") == Checks.Flag.ON) {
            card = "stdvga";
        }
        int minimum = switch (card) {
            case "stdvga" -> 16;
            case "qxl" -> 128;
            case "none" -> 0;
            default -> 8;
        };
        for (Value.Int videoram : m.integers("videoram")) {
            if (videoram.value() < minimum) {
                ctx.report(videoram.range(), "the " + card + " card needs at least " + minimum + " MiB of video memory; "
                        + "xl refuses `videoram = " + videoram.value() + "`. Raise it or leave it out for the default");
            }
        }
    }
}
