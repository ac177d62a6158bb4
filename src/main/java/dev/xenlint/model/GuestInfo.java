package dev.xenlint.model;

import dev.xenlint.text.TextRange;
import java.util.Set;

/**
 * The guest type and how it was decided.
 *
 * @param type     the type rules assume: the first candidate, or the default
 * @param possible every type the candidates allow (more than one when {@code type} or
 *                 {@code builder} depends on an {@code if})
 * @param reason   what decided it: "type = \"hvm\"", "builder = 'hvm'", "default: no type or builder"
 * @param range    the value that decided it; null for the default
 */
public record GuestInfo(GuestType type, Set<GuestType> possible, String reason, TextRange range) {

    public boolean mayBe(GuestType t) {
        return possible.contains(t);
    }
}
