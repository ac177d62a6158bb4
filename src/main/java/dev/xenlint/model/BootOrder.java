package dev.xenlint.model;

import java.util.ArrayList;
import java.util.List;

/** The {@code boot} string of an HVM guest: one device letter per char, each with its range. */
public record BootOrder(Value.Str source, List<Field> letters) {

    public static BootOrder parse(Value.Str value) {
        List<Field> letters = new ArrayList<>();
        for (int i = 0; i < value.value().length(); i++) {
            letters.add(new Field(value, i, i + 1));
        }
        return new BootOrder(value, List.copyOf(letters));
    }

    public String order() {
        return source.value();
    }
}
