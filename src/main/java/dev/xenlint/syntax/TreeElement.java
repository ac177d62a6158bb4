package dev.xenlint.syntax;

/** A child in a parse tree: a {@link Node} or a {@link Token}. */
public sealed interface TreeElement permits Node, Token {
}
