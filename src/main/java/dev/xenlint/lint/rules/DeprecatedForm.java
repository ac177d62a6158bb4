package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.model.Field;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Forms xl still accepts but has replaced: integer {@code tsc_mode} and
 * {@code timer_mode}, {@code bootloader_args} as one string, {@code vncviewer},
 * {@code vif2}, the {@code phy:}/{@code file:}/{@code tap:} disk prefixes and
 * {@code hdc:cdrom}.
 */
public final class DeprecatedForm extends Rule {

    private static final List<String> TSC = List.of("default", "always_emulate", "native");
    private static final List<String> TIMER = List.of("delay_for_missed_ticks", "no_delay_for_missed_ticks",
            "no_missed_ticks_pending", "one_missed_tick_pending");
    /** Disk prefixes xl's disk lexer drops without effect (libxlu_disk_l.l, "deprecated prefixes"). */
    private static final Set<String> IGNORED_PREFIXES = Set.of("phy", "file", "tap", "tap2", "tapdisk", "aio");

    public DeprecatedForm() {
        super(RuleInfo.of("XC720", "deprecated-form", Severity.WARNING, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        ConfigModel m = ctx.model();
        if (ctx.xenVersion().atLeast(4, 2)) { // the named modes and the list form came with Xen 4.2
            named(ctx, "tsc_mode", TSC);
            named(ctx, "timer_mode", TIMER);
            Setting args = m.setting("bootloader_args");
            if (args != null && args.assignments().size() == 1 && args.last().operand() instanceof Value.Str s
                    && !args.last().append()) {
                List<String> words = words(s.value());
                boolean plain = Checks.literal(s, ctx.source());
                StringBuilder quoted = new StringBuilder("["); // loops, not streams and lambdas: see StartupPathTest
                for (String w : words) {
                    plain &= !w.contains("\"") && !w.contains("\\");
                    quoted.append(quoted.length() > 1 ? ", " : "").append('"').append(w).append('"');
                }
                String list = quoted.append(']').toString();
                ctx.report(s.range(), "`bootloader_args` as one string is deprecated (xl warns and splits it at "
                        + "white space); write a list, `" + list + "`", plain ? RuleContext.replace(
                        "write the arguments as a list", args.last().valueRange(), list, Fix.Applicability.SAFE) : null);
            }
        }
        Setting viewer = m.setting("vncviewer");
        if (viewer != null) {
            List<Edit> remove = new ArrayList<>();
            for (Assignment a : viewer.assignments()) {
                remove.add(Checks.removeStatement(ctx.source(), a));
            }
            ctx.report(Checks.keyRange(viewer), "xl ignores `vncviewer` (with a warning); `xl create -V` starts a "
                    + "viewer", new Fix("remove the vncviewer line", remove, Fix.Applicability.SAFE));
        }
        Setting vif2 = m.setting("vif2");
        if (vif2 != null) {
            ctx.report(Checks.keyRange(vif2), "xl drops `vif2` (netchannel2) with a deprecation warning, so these "
                    + "interfaces are not created; write them as `vif` entries");
        }
        for (DiskSpec d : m.disks()) {
            Field prefix = d.prefix();
            if (prefix != null && !prefix.isEmpty()) {
                boolean ignored = true;
                for (String word : prefix.text().split(":")) {
                    ignored &= word.isEmpty() || IGNORED_PREFIXES.contains(word);
                }
                if (ignored) {
                    // no fix: the prefix also switches xl to xm's field order (target,vdev,access), so removing it
                    // alone would make the vdev the format (libxlu_disk_l.l, had_depr_prefix)
                    ctx.report(prefix.range(), "the disk prefix `" + prefix.text() + "` is deprecated: xl drops it "
                            + "(it chooses the backend itself) and reads the rest in xm's field order, target,vdev,"
                            + "access; write xl's form, e.g. `" + xlForm(d) + "`");
                }
            }
            Field vdev = d.vdev();
            if (vdev != null && vdev.text().endsWith(":cdrom")) {
                ctx.report(vdev.range(), "`" + vdev.text() + "` is xm's way to mark a CD-ROM; xl still reads it but "
                        + "the form is deprecated: write `" + vdev.text().substring(0, vdev.text().length() - 6)
                        + "` and add `devtype=cdrom`");
            }
        }
    }

    private static void named(RuleContext ctx, String key, List<String> names) {
        Setting s = ctx.model().setting(key);
        if (s == null) {
            return;
        }
        for (Assignment a : s.assignments()) {
            Value.Int i = a.append() ? null : ctx.model().integer(a.operand());
            if (i == null || i.value() < 0 || i.value() >= names.size()) {
                continue; // out of range: invalid-tsc-mode
            }
            String name = names.get((int) i.value());
            ctx.report(a.valueRange(), "`" + key + "` as an integer is deprecated (xl warns); write `\"" + name + "\"`",
                    RuleContext.replace("write the mode's name", a.valueRange(), "\"" + name + "\"",
                            Fix.Applicability.SAFE));
        }
    }

    /** The entry in xl's own syntax, for the message: {@code target=...} last, so any path works. */
    private static String xlForm(DiskSpec d) {
        StringBuilder sb = new StringBuilder();
        if (d.vdev() != null) {
            sb.append("vdev=").append(d.vdev().text()).append(',');
        }
        if (d.access() != null && !d.access().isEmpty()) {
            sb.append("access=").append(d.access().text()).append(',');
        }
        return sb.append("target=").append(d.target() == null ? "" : d.target().text()).toString();
    }

    /**
     * The words of a text separated by spaces, tabs and line feeds (not a regular expression, whose
     * character class would bring the first lambdas of a short check: see StartupPathTest).
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean gap = c == ' ' || c == '\t' || c == '\n';
            if (gap && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!gap && start < 0) {
                start = i;
            }
        }
        return out;
    }

}
