package dev.xenlint.model;

import dev.xenlint.text.TextRange;

/**
 * A place where the file uses Python beyond xl's {@code key = value} subset.
 *
 * @param what a short description for messages: "`import` statement", "bare name `vmid`"
 */
public record PythonUse(TextRange range, String what) {
}
