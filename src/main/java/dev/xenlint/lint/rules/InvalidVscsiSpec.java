package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An xm PV SCSI entry ({@code vscsi = ['PDEV,VDEV[,BACKEND]']}) xm refuses. */
public final class InvalidVscsiSpec extends Rule {

    public InvalidVscsiSpec() {
        super(RuleInfo.of("XC615", "invalid-vscsi-spec", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting vscsi = ctx.model().setting("vscsi");
        if (vscsi == null) {
            return;
        }
        for (Value v : vscsi.candidates()) {
            if (!(v instanceof Value.ListValue list)) {
                continue;
            }
            Set<String> pdevs = new HashSet<>();
            Set<String> vdevs = new HashSet<>();
            boolean host = false;
            boolean lun = false;
            for (Value item : list.items()) {
                if (!(item instanceof Value.Str s)) {
                    continue;
                }
                List<Field> fields = Field.of(s).split(',');
                if (fields.size() < 2 || fields.size() > 3) {
                    ctx.report(s.range(), "a vscsi entry is `PDEV,VDEV[,BACKEND]`; xm refuses " + fields.size()
                            + " field" + (fields.size() == 1 ? "" : "s"));
                    continue;
                }
                Field vdev = fields.get(1);
                boolean isHost = vdev.text().equals("host");
                if (!isHost && !isHctl(vdev.text())) {
                    ctx.report(vdev.range(), "the virtual device `" + vdev.text() + "` is not `host` or "
                            + "HOST:CHANNEL:TARGET:LUN; xm refuses the entry");
                    continue;
                }
                host |= isHost;
                lun |= !isHost;
                if (!pdevs.add(fields.get(0).text())) {
                    ctx.report(fields.get(0).range(), "`" + fields.get(0).text() + "` is given twice; xm refuses it");
                }
                if (!isHost && !vdevs.add(vdev.text())) {
                    ctx.report(vdev.range(), "virtual device `" + vdev.text() + "` is used twice; xm refuses it");
                }
                if (host && lun) {
                    ctx.report(vdev.range(), "xm cannot mix `host` entries and LUN entries in one vscsi list");
                    host = false;
                }
            }
        }
    }

    private static boolean isHctl(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !p.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }
}
