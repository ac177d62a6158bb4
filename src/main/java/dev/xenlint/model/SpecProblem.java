package dev.xenlint.model;

import dev.xenlint.text.TextRange;

/** Something wrong inside a device specification string, found while reading it. */
public record SpecProblem(TextRange range, String message) {

    static SpecProblem at(Field field, String message) {
        return new SpecProblem(field.range(), message);
    }
}
