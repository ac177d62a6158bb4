package dev.xenlint.fleet;

import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.rules.DuplicateGuestName;
import dev.xenlint.lint.rules.DuplicateGuestUuid;
import dev.xenlint.lint.rules.SharedMacAddress;
import dev.xenlint.lint.rules.SharedPciDevice;
import dev.xenlint.lint.rules.SharedSpicePort;
import dev.xenlint.lint.rules.SharedVifname;
import dev.xenlint.lint.rules.SharedVncDisplay;
import dev.xenlint.lint.rules.SharedWritableDisk;

/**
 * Something two guests on one host must not both claim. Each resource is checked by one
 * cross-file rule; its document in {@code rules/} says what the toolstack does on a clash.
 */
public enum Resource {
    NAME(DuplicateGuestName.INFO),
    UUID(DuplicateGuestUuid.INFO),
    MAC(SharedMacAddress.INFO),
    DISK(SharedWritableDisk.INFO),
    VNC(SharedVncDisplay.INFO),
    SPICE(SharedSpicePort.INFO),
    VIFNAME(SharedVifname.INFO),
    PCI(SharedPciDevice.INFO);

    private final RuleInfo rule;

    Resource(RuleInfo rule) {
        this.rule = rule;
    }

    /** The rule that reports clashes of this resource. */
    public RuleInfo rule() {
        return rule;
    }
}
