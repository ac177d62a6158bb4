package dev.xenlint.analysis;

import dev.xenlint.lint.rules.BootDeviceMissing;
import dev.xenlint.lint.rules.BuilderTypeConflict;
import dev.xenlint.lint.rules.CdromWritable;
import dev.xenlint.lint.rules.CpusListLength;
import dev.xenlint.lint.rules.DeprecatedBuilder;
import dev.xenlint.lint.rules.DeviceModelIgnored;
import dev.xenlint.lint.rules.DirectBootWithoutKernel;
import dev.xenlint.lint.rules.DiskMissingIoemu;
import dev.xenlint.lint.rules.DuplicateDiskDevice;
import dev.xenlint.lint.rules.DuplicateKey;
import dev.xenlint.lint.rules.DuplicateMac;
import dev.xenlint.lint.rules.FirmwareKernelConflict;
import dev.xenlint.lint.rules.HvmOptionOnPv;
import dev.xenlint.lint.rules.HvmloaderKernel;
import dev.xenlint.lint.rules.InvalidBootDevice;
import dev.xenlint.lint.rules.InvalidCpuWeight;
import dev.xenlint.lint.rules.InvalidCpus;
import dev.xenlint.lint.rules.InvalidDiskSpec;
import dev.xenlint.lint.rules.InvalidGuestType;
import dev.xenlint.lint.rules.InvalidMac;
import dev.xenlint.lint.rules.InvalidName;
import dev.xenlint.lint.rules.InvalidOnAction;
import dev.xenlint.lint.rules.InvalidPciSpec;
import dev.xenlint.lint.rules.InvalidSoundhw;
import dev.xenlint.lint.rules.InvalidStringEscape;
import dev.xenlint.lint.rules.XlRefusesFile;
import dev.xenlint.lint.rules.InvalidUsbdevice;
import dev.xenlint.lint.rules.InvalidUuid;
import dev.xenlint.lint.rules.InvalidValueType;
import dev.xenlint.lint.rules.InvalidVdev;
import dev.xenlint.lint.rules.InvalidVifOption;
import dev.xenlint.lint.rules.InvalidVifRate;
import dev.xenlint.lint.rules.IoemuVifOnPv;
import dev.xenlint.lint.rules.MemoryExceedsMaxmem;
import dev.xenlint.lint.rules.MissingKernel;
import dev.xenlint.lint.rules.MissingName;
import dev.xenlint.lint.rules.NfsRootWithoutServer;
import dev.xenlint.lint.rules.NographicConflict;
import dev.xenlint.lint.rules.PastedCharacterInValue;
import dev.xenlint.lint.rules.PythonInXlConfig;
import dev.xenlint.lint.rules.ReadonlyHvmDisk;
import dev.xenlint.lint.rules.SpiceMisconfigured;
import dev.xenlint.lint.rules.TimerModeOnPv;
import dev.xenlint.lint.rules.TypeNeedsXen410;
import dev.xenlint.lint.rules.UnknownKey;
import dev.xenlint.lint.rules.UnsupportedDeviceModelVersion;
import dev.xenlint.lint.rules.UsbConflict;
import dev.xenlint.lint.rules.VcpusExceedMaxvcpus;
import dev.xenlint.lint.rules.VideoramTooSmall;
import dev.xenlint.lint.rules.VifMissingIoemu;
import dev.xenlint.lint.rules.VncDisplayConflict;
import dev.xenlint.lint.rules.VncListenWithoutPassword;
import dev.xenlint.lint.rules.VncconsoleWithoutVnc;
import dev.xenlint.lint.rules.XmOnlyKey;
import dev.xenlint.lint.rules.UnsupportedBios;
import dev.xenlint.lint.rules.InvalidTscMode;
import dev.xenlint.lint.rules.InvalidMmioHole;
import dev.xenlint.lint.rules.NestedhvmAltp2mConflict;
import dev.xenlint.lint.rules.BootloaderWithoutDisk;
import dev.xenlint.lint.rules.PopulateOnDemandConflict;
import dev.xenlint.lint.rules.MemorySharingWithoutHap;
import dev.xenlint.lint.rules.InvalidVnuma;
import dev.xenlint.lint.rules.PassthroughDisabled;
import dev.xenlint.lint.rules.InvalidVtpmSpec;
import dev.xenlint.lint.rules.InvalidChannelSpec;
import dev.xenlint.lint.rules.InvalidIoResource;
import dev.xenlint.lint.rules.InvalidRestartPolicy;
import dev.xenlint.lint.rules.FloppyPathNotAbsolute;
import dev.xenlint.lint.rules.InvalidAccessControl;
import dev.xenlint.lint.rules.InvalidMcaCaps;
import dev.xenlint.lint.rules.AppendTypeMismatch;
import dev.xenlint.lint.rules.InvalidVfbSpec;
import dev.xenlint.lint.rules.InvalidVif2Spec;
import dev.xenlint.lint.rules.InvalidVusbSpec;
import dev.xenlint.lint.rules.InvalidVscsiSpec;
import dev.xenlint.lint.rules.InvalidCpuid;
import dev.xenlint.lint.rules.UntrimmedDeviceOption;
import dev.xenlint.lint.rules.MissingComma;
import dev.xenlint.lint.rules.BackslashJoinsLines;
import dev.xenlint.lint.rules.NumberSyntax;
import dev.xenlint.lint.rules.MemoryUnitSuffix;
import dev.xenlint.lint.rules.DiskWritableTwice;
import dev.xenlint.lint.rules.MaxmemWithoutBalloon;
import dev.xenlint.lint.rules.HvmloaderAsPvKernel;
import dev.xenlint.lint.rules.PciPermissive;
import dev.xenlint.lint.rules.SpiceWithoutTicketing;
import dev.xenlint.lint.rules.BootOrderRepeated;
import dev.xenlint.lint.rules.DriverDomainVifWithoutType;
import dev.xenlint.lint.rules.DeprecatedForm;
import dev.xenlint.lint.rules.StatementWithoutEffect;
import dev.xenlint.lint.rules.NameUsedBeforeSet;
import dev.xenlint.lint.rules.KeyAssignedInFunction;
import dev.xenlint.lint.rules.DuplicateGuestName;
import dev.xenlint.lint.rules.DuplicateGuestUuid;
import dev.xenlint.lint.rules.SharedMacAddress;
import dev.xenlint.lint.rules.SharedWritableDisk;
import dev.xenlint.lint.rules.SharedVncDisplay;
import dev.xenlint.lint.rules.SharedSpicePort;
import dev.xenlint.lint.rules.SharedVifname;
import dev.xenlint.lint.rules.SharedPciDevice;
import dev.xenlint.lint.BuiltInRule;
import dev.xenlint.lint.Rule;
import java.util.List;
import java.util.Locale;

/** Every rule, in code order. Listed by hand: no reflection or class-path scanning at start-up. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            BuiltInRule.SYNTAX_ERROR,
            new PythonInXlConfig(),
            BuiltInRule.UNUSED_SUPPRESSION,
            new InvalidStringEscape(),
            new XlRefusesFile(),
            new MissingComma(),
            new StatementWithoutEffect(),
            new NameUsedBeforeSet(),
            new KeyAssignedInFunction(),
            new BackslashJoinsLines(),
            new MemoryUnitSuffix(),
            new PastedCharacterInValue(),
            new UnknownKey(),
            new XmOnlyKey(),
            new DuplicateKey(),
            new InvalidValueType(),
            new MissingName(),
            new InvalidName(),
            new AppendTypeMismatch(),
            new NumberSyntax(),
            new DeprecatedBuilder(),
            new BuilderTypeConflict(),
            new InvalidGuestType(),
            new InvalidBootDevice(),
            new BootDeviceMissing(),
            new HvmloaderKernel(),
            new MissingKernel(),
            new DeviceModelIgnored(),
            new DirectBootWithoutKernel(),
            new FirmwareKernelConflict(),
            new UnsupportedDeviceModelVersion(),
            new TimerModeOnPv(),
            new UnsupportedBios(),
            new InvalidTscMode(),
            new InvalidMmioHole(),
            new NestedhvmAltp2mConflict(),
            new BootloaderWithoutDisk(),
            new HvmloaderAsPvKernel(),
            new BootOrderRepeated(),
            new TypeNeedsXen410(),
            new MemoryExceedsMaxmem(),
            new VcpusExceedMaxvcpus(),
            new InvalidCpuWeight(),
            new CpusListLength(),
            new InvalidCpus(),
            new PopulateOnDemandConflict(),
            new MemorySharingWithoutHap(),
            new InvalidVnuma(),
            new MaxmemWithoutBalloon(),
            new VncconsoleWithoutVnc(),
            new NographicConflict(),
            new VncListenWithoutPassword(),
            new InvalidUsbdevice(),
            new UsbConflict(),
            new InvalidSoundhw(),
            new VncDisplayConflict(),
            new VideoramTooSmall(),
            new SpiceMisconfigured(),
            new SpiceWithoutTicketing(),
            new InvalidDiskSpec(),
            new DiskMissingIoemu(),
            new CdromWritable(),
            new ReadonlyHvmDisk(),
            new DuplicateDiskDevice(),
            new InvalidVdev(),
            new DiskWritableTwice(),
            new InvalidMac(),
            new DuplicateMac(),
            new IoemuVifOnPv(),
            new InvalidVifRate(),
            new VifMissingIoemu(),
            new InvalidVifOption(),
            new InvalidPciSpec(),
            new PassthroughDisabled(),
            new InvalidVtpmSpec(),
            new InvalidChannelSpec(),
            new InvalidIoResource(),
            new InvalidVfbSpec(),
            new InvalidVif2Spec(),
            new InvalidVusbSpec(),
            new InvalidVscsiSpec(),
            new InvalidCpuid(),
            new UntrimmedDeviceOption(),
            new PciPermissive(),
            new DriverDomainVifWithoutType(),
            new InvalidUuid(),
            new InvalidOnAction(),
            new HvmOptionOnPv(),
            new NfsRootWithoutServer(),
            new InvalidRestartPolicy(),
            new FloppyPathNotAbsolute(),
            new InvalidAccessControl(),
            new InvalidMcaCaps(),
            new DeprecatedForm(),
            new DuplicateGuestName(),
            new DuplicateGuestUuid(),
            new SharedMacAddress(),
            new SharedWritableDisk(),
            new SharedVncDisplay(),
            new SharedSpicePort(),
            new SharedVifname(),
            new SharedPciDevice());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    /** The rule with this code; throws for an unknown code (codes come from rules themselves). */
    public static Rule byCode(String code) {
        for (Rule r : ALL) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rule " + code);
    }

    /** The rule with this code or name (any case), or null. */
    public static Rule find(String codeOrName) {
        String key = codeOrName.trim();
        for (Rule r : ALL) {
            if (r.code().equalsIgnoreCase(key) || r.name().equals(key.toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        return null;
    }
}
