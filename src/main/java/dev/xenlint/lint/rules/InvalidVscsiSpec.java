package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import dev.xenlint.model.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An xm PV SCSI entry ({@code vscsi = ['PDEV,VDEV[,BACKEND]']}) xm refuses
 * (tools/python/xen/xm/create.py {@code preprocess_vscsi} and
 * {@code configure_vscsis}, 814-884, at e04254f7bc). The entries of one virtual
 * host must agree on the mode ({@code host} or LUNs) and on the backend.
 */
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
            Map<Long, Field[]> vhosts = new HashMap<>();
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
                Field pdev = fields.get(0);
                Field vdev = fields.get(1);
                Field backend = fields.size() == 3 ? fields.get(2) : null;
                boolean isHost = vdev.text().equals("host");
                if (!isHost && !isHctl(vdev.text())) {
                    ctx.report(vdev.range(), "the virtual device `" + vdev.text() + "` is not `host` or "
                            + "HOST:CHANNEL:TARGET:LUN; xm refuses the entry");
                    continue;
                }
                if (!pdevs.add(pdev.text())) {
                    ctx.report(pdev.range(), "`" + pdev.text() + "` is given twice; xm refuses it");
                }
                if (!isHost && !vdevs.add(vdev.text())) {
                    ctx.report(vdev.range(), "virtual device `" + vdev.text() + "` is used twice; xm refuses it");
                }
                // xm groups the entries by virtual host: a LUN's first number, or for `host` the
                // physical host's, known here only when PDEV is written as H:C:T:L
                String hostOf = isHost ? (isHctl(pdev.text()) ? pdev.text() : null) : vdev.text();
                if (hostOf == null) {
                    continue;
                }
                long vhost = Long.parseLong(hostOf.substring(0, hostOf.indexOf(':')));
                Field[] first = vhosts.putIfAbsent(vhost, new Field[] {vdev, backend});
                if (first == null) {
                    continue;
                }
                boolean firstHost = first[0].text().equals("host");
                String firstBackend = first[1] == null ? null : first[1].text();
                if (firstHost != isHost) {
                    ctx.report(vdev.range(), "virtual SCSI host " + vhost + " gets both a `host` entry and a LUN "
                            + "entry; xm refuses the second (\"mode is different\")", null,
                            new RelatedLocation(first[0].range(), "the other entry"));
                } else if (!java.util.Objects.equals(firstBackend, backend == null ? null : backend.text())) {
                    ctx.report((backend != null ? backend : vdev).range(), "virtual SCSI host " + vhost + " gets "
                            + "entries with different backends; xm refuses the second (\"backend is different\")",
                            null, new RelatedLocation((first[1] != null ? first[1] : first[0]).range(),
                                    "the other entry"));
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
            if (p.isEmpty() || !Checks.digits(p)) {
                return false;
            }
        }
        return true;
    }
}
