package dev.xenlint.cli;

import dev.xenlint.model.Dialect;

/** The --dialect option: a toolstack, or auto-detection. */
enum DialectChoice {
    auto(null), xm(Dialect.XM), xl(Dialect.XL);

    /** The dialect to force, or null to detect. */
    final Dialect forced;

    DialectChoice(Dialect forced) {
        this.forced = forced;
    }
}
