package dev.xenlint.fleet;

import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.RuleInfo;

/**
 * Something two guests on one host must not both claim. Each resource is checked by one
 * cross-file rule; its document in {@code rules/} says what the toolstack does on a clash.
 */
public enum Resource {
    NAME("XC801", "duplicate-guest-name"),
    UUID("XC802", "duplicate-guest-uuid"),
    MAC("XC803", "shared-mac-address"),
    DISK("XC804", "shared-writable-disk"),
    VNC("XC805", "shared-vnc-display"),
    SPICE("XC806", "shared-spice-port"),
    VIFNAME("XC807", "shared-vifname"),
    PCI("XC808", "shared-pci-device");

    private final String code;
    private final String name;

    Resource(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** The rule that reports clashes of this resource. */
    public RuleInfo rule() {
        return Rules.byCode(code).info();
    }

    /** The rule's kebab-case name. */
    public String ruleName() {
        return name;
    }
}
