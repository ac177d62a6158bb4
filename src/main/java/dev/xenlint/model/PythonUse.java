package dev.xenlint.model;

import dev.xenlint.text.TextRange;

/**
 * A place where the file uses Python beyond xl's {@code key = value} subset.
 *
 * @param what a short description for messages: "`import` statement", "bare name `vmid`"
 * @param slip whether this is also the typo an xl file gets by accident (a missing comma between strings,
 *             {@code key == value}, an upper-case key): Python accepts it, but it is no sign that the file
 *             was written for xm
 */
public record PythonUse(TextRange range, String what, boolean slip) {

    public PythonUse(TextRange range, String what) {
        this(range, what, false);
    }
}
