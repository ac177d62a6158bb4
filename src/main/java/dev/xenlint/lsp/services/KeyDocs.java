package dev.xenlint.lsp.services;

import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import java.util.ArrayList;
import java.util.List;

/** A key of the catalogue as Markdown, and the values a key takes when it has a short list of them. */
final class KeyDocs {

    private static final List<String> XM_ACTIONS = List.of("destroy", "restart", "preserve", "rename-restart",
            "coredump-destroy", "coredump-restart");
    private static final List<String> XL_ACTIONS = List.of("destroy", "restart", "preserve", "rename-restart",
            "coredump-destroy", "coredump-restart", "soft-reset");

    private KeyDocs() {
    }

    static String markdown(KeyCatalogue.Key k) {
        StringBuilder sb = new StringBuilder();
        sb.append("**").append(k.name()).append("**: ").append(k.description()).append("\n\n");
        sb.append("- type: `").append(k.type().text()).append('`');
        if (!k.guest().all()) {
            sb.append(", for ").append(k.guest().text()).append(" guests");
        }
        sb.append('\n');
        if (k.allowed() != null) {
            sb.append("- values: ").append(k.allowed()).append('\n');
        }
        sb.append("- xm: ").append(support(k.xm()));
        if (k.xm().isRead() && k.xmDefault() != null) {
            sb.append("; default ").append(k.xmDefault());
        }
        sb.append('\n');
        sb.append("- xl: ").append(support(k.xl()));
        if (k.xl().isRead() && k.xlDefault() != null) {
            sb.append("; default ").append(k.xlDefault());
        }
        sb.append('\n');
        if (k.xlReplacement() != null) {
            sb.append("- in xl, use `").append(k.xlReplacement()).append("` instead\n");
        }
        return sb.toString();
    }

    private static String support(KeyCatalogue.Support s) {
        return switch (s) {
            case READ -> "reads it";
            case UNDOCUMENTED -> "reads it (undocumented)";
            case CLI -> "reads it (an `xm create` switch a file may also set)";
            case REMOVED -> "read it once; removed before the last xm";
            case IGNORED -> "ignores it";
            case UNKNOWN -> "does not know it";
        };
    }

    /** The values of an enumerated key (its {@code allowed} list), or an empty list. */
    static List<String> values(KeyCatalogue.Key k, Dialect dialect) {
        if (k.name().startsWith("on_") && k.type().first() == KeyCatalogue.ValueType.ENUM_STRING) {
            return dialect == Dialect.XM ? XM_ACTIONS : XL_ACTIONS;
        }
        if (!k.type().mentions(t -> t == KeyCatalogue.ValueType.ENUM_STRING) || k.allowed() == null) {
            return List.of();
        }
        String allowed = k.allowed();
        int paren = allowed.indexOf(" (");
        if (paren >= 0) {
            allowed = allowed.substring(0, paren);
        }
        int or = allowed.indexOf(" or ");
        if (or >= 0) {
            allowed = allowed.substring(0, or);
        }
        List<String> out = new ArrayList<>();
        for (String v : allowed.split("\\|")) {
            String s = v.strip().replace("\"", "");
            if (!s.isEmpty() && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                out.add(s);
            }
        }
        return out;
    }
}
