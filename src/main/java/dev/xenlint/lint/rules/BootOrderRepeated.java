package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.BootOrder;
import dev.xenlint.model.Field;
import java.util.List;

/**
 * An xl HVM boot order naming a device twice or more than three devices: QEMU
 * (qemu-xen) refuses it and the device model does not start. (xm's qemu-dm
 * accepted both and used the first three letters.)
 */
public final class BootOrderRepeated extends Rule {

    public BootOrderRepeated() {
        super(RuleInfo.of("XC219", "invalid-boot-order", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (BootOrder b : ctx.model().boot()) {
            List<Field> letters = b.letters();
            String order = b.order();
            boolean repeated = false;
            for (int i = 0; i < letters.size(); i++) {
                String l = letters.get(i).text();
                if (order.indexOf(l) < i) {
                    repeated = true;
                    ctx.report(letters.get(i).range(), "boot device `" + l + "` is given twice in `" + order
                            + "`: QEMU refuses a repeated boot device (\"was given twice\"), so the device model does not start "
                            + "and neither does the guest");
                    break;
                }
            }
            if (!repeated && letters.size() > 3) {
                ctx.report(letters.get(3).range(), "`" + order + "` names " + letters.size() + " boot devices: QEMU's "
                        + "PC machine takes at most three (\"Too many boot devices for PC\"), so the device model does "
                        + "not start and neither does the guest");
            }
        }
    }
}
