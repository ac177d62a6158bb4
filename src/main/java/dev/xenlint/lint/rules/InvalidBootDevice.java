package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.BootOrder;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Field;

/** A letter in {@code boot} that names no boot device: the device model refuses to start. */
public final class InvalidBootDevice extends Rule {

    public InvalidBootDevice() {
        super(RuleInfo.of("XC204", "invalid-boot-device", Severity.ERROR, RuleInfo.BOTH, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        String allowed = ctx.dialect() == Dialect.XM ? "acdn" : "abcdnop";
        for (BootOrder boot : ctx.model().boot()) {
            if (boot.letters().isEmpty()) {
                ctx.report(boot.source().range(), "`boot` is empty; write the devices to try in order, e.g. `\"cd\"` "
                        + "(c = hard disk, d = CD-ROM, n = network)");
            }
            for (Field letter : boot.letters()) {
                if (allowed.indexOf(letter.text().charAt(0)) < 0) {
                    ctx.report(letter.range(), "`" + letter.text() + "` is not a boot device; the device model "
                            + "refuses to start. It accepts " + (ctx.dialect() == Dialect.XM ? "a (floppy), " : "")
                            + "c (hard disk), d (CD-ROM) and n (network)");
                }
            }
        }
    }
}
