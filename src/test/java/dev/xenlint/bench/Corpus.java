package dev.xenlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A realistic corpus of domain configurations, the same for a given seed: xl files (PV, PVH and
 * HVM, some in libvirt's style with {@code builder}) and xm files, some with Python (imports, an
 * {@code if} on the host), each between about 0.5 and 8 KB, with the comments, disks, vifs and
 * device lists real hosts have. Benchmarks read it; {@code main} writes it to a directory for the
 * whole-process benchmark ({@code bin/benchmark}).
 */
public final class Corpus {

    /** One generated file. */
    public record Entry(String name, String text) {
    }

    private Corpus() {
    }

    public static List<Entry> generate(long seed, int count) {
        Random r = new Random(seed);
        List<Entry> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean xm = r.nextInt(4) == 0;
            String name = String.format(Locale.ROOT, "guest%05d", i);
            String text = xm ? xm(r, name, i) : xl(r, name, i);
            out.add(new Entry(name + (xm ? ".xm" : ".cfg"), text));
        }
        return out;
    }

    private static String xl(Random r, String name, int i) {
        StringBuilder sb = new StringBuilder(4096);
        int kind = r.nextInt(3);
        int target = 500 + r.nextInt(7500);
        sb.append("# ").append(name).append(": generated for xenlint's benchmarks\n");
        sb.append("name = \"").append(name).append("\"\n");
        sb.append("uuid = \"").append(uuid(r)).append("\"\n");
        if (kind == 2 && r.nextBoolean()) {
            sb.append("builder = \"hvm\"\n"); // libvirt's xl files keep builder
        } else {
            sb.append("type = \"").append(kind == 0 ? "pv" : kind == 1 ? "pvh" : "hvm").append("\"\n");
        }
        int memory = 256 << r.nextInt(5);
        sb.append("memory = ").append(memory).append('\n');
        sb.append("maxmem = ").append(memory << r.nextInt(2)).append('\n');
        sb.append("vcpus = ").append(1 + r.nextInt(4)).append('\n');
        if (kind == 0) {
            sb.append("bootloader = \"pygrub\"\n");
        } else if (kind == 1) {
            sb.append("kernel = \"/var/lib/xen/boot/").append(name).append("/vmlinuz\"\n");
            sb.append("ramdisk = \"/var/lib/xen/boot/").append(name).append("/initrd.img\"\n");
            sb.append("extra = \"root=/dev/xvda1 ro console=hvc0\"\n");
        } else {
            sb.append("boot = \"").append(r.nextBoolean() ? "c" : "dc").append("\"\n");
            sb.append("vnc = 1\nvnclisten = \"127.0.0.1\"\nvncdisplay = ").append(i % 90).append('\n');
            sb.append("serial = \"pty\"\nusb = 1\nusbdevice = [ \"tablet\" ]\n");
            sb.append("acpi = 1\napic = 1\nviridian = 1\n");
        }
        sb.append("on_poweroff = \"destroy\"\non_reboot = \"restart\"\non_crash = \"")
                .append(r.nextBoolean() ? "restart" : "preserve").append("\"\n");
        sb.append("\n# Storage: one volume per guest, an ISO for HVM installs\n");
        sb.append("disk = [\n");
        int disks = 1 + r.nextInt(4);
        for (int d = 0; d < disks; d++) {
            if (r.nextBoolean()) {
                sb.append("    \"format=raw, vdev=xvd").append((char) ('a' + d)).append(", access=rw, target=/dev/vg0/")
                        .append(name).append("-disk").append(d).append("\",\n");
            } else {
                sb.append("    \"phy:/dev/vg0/").append(name).append("-").append(d).append(",xvd").append((char) ('a' + d))
                        .append(",w\",\n");
            }
        }
        if (kind == 2) {
            sb.append("    \"file:/srv/iso/installer.iso,hdc:cdrom,r\",\n");
        }
        sb.append("]\n\n# Network\nvif = [ ");
        int vifs = 1 + r.nextInt(3);
        for (int v = 0; v < vifs; v++) {
            sb.append(v == 0 ? "" : ",\n        ").append("\"mac=00:16:3e:").append(hex(i >> 8)).append(':')
                    .append(hex(i)).append(':').append(hex(v)).append(", bridge=xenbr").append(v)
                    .append(kind == 2 ? ", model=e1000" : "").append("\"");
        }
        sb.append(" ]\n");
        pad(sb, r, target, false);
        return sb.toString();
    }

    private static String xm(Random r, String name, int i) {
        StringBuilder sb = new StringBuilder(4096);
        int target = 500 + r.nextInt(7500);
        boolean hvm = r.nextBoolean();
        boolean python = r.nextInt(3) == 0;
        sb.append("#  -*- mode: python; -*-\n#").append("=".repeat(60)).append('\n');
        sb.append("# Configuration for 'xm create' of ").append(name).append('\n');
        sb.append("#").append("=".repeat(60)).append("\n\n");
        if (python) {
            sb.append("import os, re\narch = os.uname()[4]\nif re.search('64', arch):\n    arch_libdir = 'lib64'\n")
                    .append("else:\n    arch_libdir = 'lib'\n\n");
        }
        if (hvm) {
            sb.append("kernel = \"/usr/lib/xen/boot/hvmloader\"\nbuilder = 'hvm'\n");
            if (python) {
                sb.append("device_model = '/usr/' + arch_libdir + '/xen/bin/qemu-dm'\n");
            }
        } else {
            sb.append("kernel = \"/boot/vmlinuz-2.6.18-xen\"\nramdisk = \"/boot/initrd-2.6.18-xen.img\"\n");
            sb.append("root = \"/dev/xvda1 ro\"\nextra = \"console=xvc0\"\n");
        }
        sb.append("memory = ").append(128 << r.nextInt(4)).append('\n');
        sb.append("name = \"").append(name).append("\"\nvcpus = ").append(1 + r.nextInt(2)).append('\n');
        sb.append("vif = [ 'mac=00:16:3e:").append(hex(i >> 8)).append(':').append(hex(i)).append(":01, bridge=xenbr0")
                .append(hvm ? ", type=ioemu" : "").append("' ]\n");
        sb.append("disk = [ 'phy:/dev/vg0/").append(name).append(",").append(hvm ? "ioemu:hda" : "xvda").append(",w'");
        if (hvm) {
            sb.append(", ',hdc:cdrom,r'");
        }
        sb.append(" ]\n");
        if (hvm) {
            sb.append("boot = \"cd\"\nsdl = 0\nvnc = 1\nvncunused = 1\nserial = 'pty'\n");
        }
        sb.append("on_crash = 'restart'\n");
        pad(sb, r, target, true);
        return sb.toString();
    }

    /** Comments and commented-out settings, as the example files carry, up to the target size. */
    private static void pad(StringBuilder sb, Random r, int target, boolean xm) {
        String[] notes = {
            "# The number of cpus the guest may use; see xl.cfg(5) for pinning with cpus.\n",
            "#vcpus = 2\n",
            "#cpus = \"2-3\"\n",
            "# Keep the console of a crashed guest for debugging.\n",
            "#on_crash = \"preserve\"\n",
            "# Uncomment to pass a PCI device through (needs an IOMMU).\n",
            "#pci = [ '0000:03:00.0' ]\n",
            "#----------------------------------------------------------------------------\n",
        };
        while (sb.length() < target) {
            sb.append(notes[r.nextInt(notes.length)]);
            if (r.nextInt(12) == 0) {
                sb.append(xm ? "#extra = \"4 xencons=tty\"\n" : "\n");
            }
        }
    }

    private static String uuid(Random r) {
        String h = Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20, 32);
    }

    private static String hex(int v) {
        return String.format(Locale.ROOT, "%02x", v & 0xff);
    }

    /** Writes {@code count} files (default 10,000; seed 42) to a directory: {@code Corpus DIR [COUNT] [SEED]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Files.createDirectories(dir);
        long bytes = 0;
        for (Entry e : generate(seed, count)) {
            byte[] b = e.text().getBytes(StandardCharsets.UTF_8);
            bytes += b.length;
            Files.write(dir.resolve(e.name()), b);
        }
        System.out.printf(Locale.ROOT, "%d files, %.1f MB in %s%n", count, bytes / 1e6, dir);
    }
}
