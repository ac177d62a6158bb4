package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;

/** xm builds an NFS root from {@code nfs_server} and {@code nfs_root}, and refuses one without the other. */
public final class NfsRootWithoutServer extends Rule {

    public NfsRootWithoutServer() {
        super(RuleInfo.of("XC704", "nfs-root-without-server", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting root = ctx.model().setting("nfs_root");
        Setting server = ctx.model().setting("nfs_server");
        if (root != null && server == null) {
            ctx.report(Checks.keyRange(root), "`nfs_root` needs `nfs_server`; xm refuses the domain with one "
                    + "and not the other");
        } else if (server != null && root == null) {
            // create.py preprocess_nfs returns at once without nfs_root: the server is ignored, not refused
            ctx.reportMild(Severity.WARNING, Checks.keyRange(server), "`nfs_server` has no effect without "
                    + "`nfs_root`: xm ignores it and boots from the disks", null);
        }
    }
}
