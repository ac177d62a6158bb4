package dev.xenlint.text;

/**
 * A 1-based line and 1-based column; columns count UTF-16 code units, as LSP
 * and SARIF do.
 */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
