package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;

/**
 * An HVM vif served by a driver domain ({@code backend=}) with no {@code type=vif}:
 * libxl's HVM default adds an emulated card, which dom0's device model tries to
 * attach to a bridge that only exists in the driver domain.
 */
public final class DriverDomainVifWithoutType extends Rule {

    public DriverDomainVifWithoutType() {
        super(RuleInfo.of("XC621", "driver-domain-vif-without-type", Severity.WARNING, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (KeyValueSpec vif : ctx.model().vifs()) {
            Field backend = vif.get("backend");
            if (backend == null || vif.get("type") != null || isDom0(backend.text())) {
                continue;
            }
            boolean literal = Checks.literal(backend, ctx.source());
            ctx.report(backend.range(), "this vif is served by the driver domain `" + backend.text() + "` but has no "
                    + "`type`: for HVM guests libxl then adds an emulated card as well (type vif+ioemu), which the "
                    + "device model in dom0 tries to connect to a bridge that only exists in `" + backend.text()
                    + "`, and the guest fails to start. Add `type=vif` (the guest then needs PV network drivers)",
                    literal ? RuleContext.replace("add type=vif", dev.xenlint.text.TextRange.empty(backend.range().end()),
                            ",type=vif", dev.xenlint.lint.Fix.Applicability.UNSAFE) : null);
        }
    }

    private static boolean isDom0(String backend) {
        return backend.equals("0") || backend.equals("Domain-0");
    }
}
