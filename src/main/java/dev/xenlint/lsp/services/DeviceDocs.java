package dev.xenlint.lsp.services;

import dev.xenlint.model.Dialect;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fields of the mini-languages inside strings mean: the items of a {@code disk} entry,
 * the keys of a {@code vif} entry and the letters of {@code boot}. Facts from xl-disk-configuration(5),
 * xl.cfg(5) and xm's create.py (Xen: tools/libs/util/libxlu_disk_l.l,
 * tools/xl/xl_parse.c, tools/python/xen/xm/create.py); the wording is xenlint's.
 */
final class DeviceDocs {

    private DeviceDocs() {
    }

    /** xl's {@code key=} items and flags of a disk entry. */
    static final Map<String, String> XL_DISK = new LinkedHashMap<>();
    /** The positional fields of an xm disk entry, and xm's names for the parts xenlint shows. */
    static final Map<String, String> XM_DISK = new LinkedHashMap<>();
    /** Keys of a vif entry that xl reads. */
    static final Map<String, String> XL_VIF = new LinkedHashMap<>();
    /** Keys of a vif entry that xm reads. */
    static final Map<String, String> XM_VIF = new LinkedHashMap<>();
    /** Boot device letters as the device model reads them. */
    static final Map<Character, String> BOOT = new LinkedHashMap<>();

    static {
        XL_DISK.put("target", "The host side: a block device or image file path. As `target=` it takes the rest of"
                + " the string, commas included, so it must come last.");
        XL_DISK.put("format", "Image format: raw (the default), qcow, qcow2, vhd, qed, or empty for a CD-ROM drive"
                + " without a disc.");
        XL_DISK.put("vdev", "The device name the guest sees: xvda, hda, sda, ... (required).");
        XL_DISK.put("access", "r or ro for read-only; w, rw or nothing for read-write. xl refuses anything else,"
                + " xm's `w!` included.");
        XL_DISK.put("devtype", "cdrom or disk (the default).");
        XL_DISK.put("backend", "The domain that serves the disk (default dom0).");
        XL_DISK.put("backendtype", "How the backend serves it: phy, tap, qdisk or standalone (chosen from the"
                + " target and format when absent).");
        XL_DISK.put("specification", "The protocol towards the guest: xen (the default) or virtio.");
        XL_DISK.put("script", "Block hotplug script that prepares the target, e.g. block-iscsi.");
        XL_DISK.put("grant_usage", "0 or 1: whether the backend uses grants (virtio).");
        XL_DISK.put("colo-host", "COLO replication: the secondary host.");
        XL_DISK.put("colo-port", "COLO replication: the port on the secondary host (a non-zero number).");
        XL_DISK.put("colo-export", "COLO replication: the export name on the secondary host.");
        XL_DISK.put("active-disk", "COLO replication: the active disk image on the secondary.");
        XL_DISK.put("hidden-disk", "COLO replication: the hidden disk image on the secondary.");
        XL_DISK.put("cdrom", "Flag: the same as devtype=cdrom.");
        XL_DISK.put("direct-io-safe", "Flag: the backend may use direct I/O safely.");
        XL_DISK.put("discard", "Flag: pass the guest's discard (TRIM) requests on to the host.");
        XL_DISK.put("no-discard", "Flag: do not pass discard requests on.");
        XL_DISK.put("trusted", "Flag: the backend trusts the guest.");
        XL_DISK.put("untrusted", "Flag: the backend does not trust the guest.");
        XL_DISK.put("colo", "Flag: replicate this disk with COLO.");
        XL_DISK.put("no-colo", "Flag: do not replicate this disk with COLO.");

        XM_DISK.put("target", "UNAME: `TYPE:PATH`, where TYPE is phy (a host block device), file (an image through"
                + " a loop device), tap:SUB or tap2:SUB (blktap), or a block-TYPE hotplug script.");
        XM_DISK.put("prefix", "The UNAME type: phy, file, tap:aio, tap:qcow2, tap2:vhd, ...");
        XM_DISK.put("vdev", "DEV: the device name the guest sees (hda, xvda, ...); `:cdrom` marks a CD-ROM,"
                + " an `ioemu:` prefix is ignored.");
        XM_DISK.put("access", "MODE: r (read-only), w (read-write) or w! (read-write, shared with other guests).");
        XM_DISK.put("backend", "The fourth field: the domain that serves the disk.");
        XM_DISK.put("devtype", "cdrom or disk, from the `:cdrom` suffix of DEV.");
        XM_DISK.put("ioemu", "Old prefix for emulated disks of HVM guests; ignored.");
        XM_DISK.put("format", "The image format, implied by a tap prefix (tap:qcow2, ...).");
        XM_DISK.put("script", "The block hotplug script implied by the UNAME type.");

        XL_VIF.put("mac", "MAC address: six hex octets; random in Xen's 00:16:3e range when absent.");
        XL_VIF.put("bridge", "Host bridge to attach to (default xenbr0, or xl.conf's).");
        XL_VIF.put("ip", "Address handed to the hotplug script.");
        XL_VIF.put("script", "Hotplug script (default vif-bridge).");
        XL_VIF.put("backend", "The domain that serves the interface (default dom0).");
        XL_VIF.put("vifname", "Name of the backend interface on the host.");
        XL_VIF.put("rate", "Bandwidth limit, `RATE[@INTERVAL]`, e.g. 10Mb/s@20ms; a bad value stops xl.");
        XL_VIF.put("model", "Emulated NIC model for HVM guests (default rtl8139), e.g. e1000.");
        XL_VIF.put("type", "ioemu (an emulated NIC plus PV for HVM guests) or vif (PV only).");
        XL_VIF.put("gatewaydev", "Host device the hotplug script routes through.");
        XL_VIF.put("netdev", "Old name of gatewaydev.");
        XL_VIF.put("devid", "Device number of the interface in the guest.");
        XL_VIF.put("mtu", "MTU of the interface (default 1500).");
        XL_VIF.put("vlan", "VLAN tag handed to the hotplug script.");
        XL_VIF.put("trusted", "Flag: the backend trusts the guest.");
        XL_VIF.put("untrusted", "Flag: the backend does not trust the guest.");
        XL_VIF.put("forwarddev", "COLO: the forwarding device.");
        XL_VIF.put("accel", "Accelerator plugin: xl says it is not supported and ignores it.");

        XM_VIF.put("mac", "MAC address; random in Xen's 00:16:3e range when absent.");
        XM_VIF.put("bridge", "Host bridge to attach to (emulated NICs default to xenbr0).");
        XM_VIF.put("ip", "Address handed to the hotplug script.");
        XM_VIF.put("script", "Hotplug script (default: xend-config's vif-script).");
        XM_VIF.put("backend", "The domain that serves the interface.");
        XM_VIF.put("vifname", "Name of the backend interface on the host.");
        XM_VIF.put("rate", "Bandwidth limit, e.g. 10Mb/s@20ms; a bad value silently means no limit.");
        XM_VIF.put("model", "Emulated NIC model for HVM guests (default rtl8139).");
        XM_VIF.put("type", "ioemu (emulated only); any other value means PV only; absent on HVM: both.");
        XM_VIF.put("accel", "Accelerator plugin.");
        XM_VIF.put("policy", "Access-control policy of the interface's label.");
        XM_VIF.put("label", "Access-control label of the interface.");

        BOOT.put('a', "the floppy drive");
        BOOT.put('b', "the second floppy drive (xl passes it to QEMU; xm's device model refuses it)");
        BOOT.put('c', "the first hard disk");
        BOOT.put('d', "the CD-ROM drive");
        BOOT.put('n', "the network (PXE through the first NIC)");
        BOOT.put('o', "the network through a further NIC (xl only)");
        BOOT.put('p', "the network through a further NIC (xl only)");
    }

    static Map<String, String> disk(Dialect dialect) {
        return dialect == Dialect.XM ? XM_DISK : XL_DISK;
    }

    static Map<String, String> vif(Dialect dialect) {
        return dialect == Dialect.XM ? XM_VIF : XL_VIF;
    }

    /** The boot letters a dialect's device model takes. */
    static String bootLetters(Dialect dialect) {
        return dialect == Dialect.XM ? "acdn" : "abcdnop";
    }
}
