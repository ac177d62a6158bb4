package dev.xenlint.fleet;

import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Rules;

/**
 * Something two guests on one host must not both claim. Each resource is checked by one
 * cross-file rule; its document in {@code rules/} says what the toolstack does on a clash.
 */
public enum Resource {
    NAME("XC801", "duplicate-guest-name", "guest name"),
    UUID("XC802", "duplicate-guest-uuid", "UUID"),
    MAC("XC803", "shared-mac-address", "MAC address"),
    DISK("XC804", "shared-writable-disk", "disk"),
    VNC("XC805", "shared-vnc-display", "VNC display"),
    SPICE("XC806", "shared-spice-port", "SPICE port"),
    VIFNAME("XC807", "shared-vifname", "interface name"),
    PCI("XC808", "shared-pci-device", "PCI device");

    private final String code;
    private final String name;
    private final String noun;

    Resource(String code, String name, String noun) {
        this.code = code;
        this.name = name;
        this.noun = noun;
    }

    /** The rule that reports clashes of this resource. */
    public RuleInfo rule() {
        return Rules.byCode(code).info();
    }

    /** The rule's kebab-case name. */
    public String ruleName() {
        return name;
    }

    /** How messages name the resource: "MAC address". */
    public String noun() {
        return noun;
    }
}
