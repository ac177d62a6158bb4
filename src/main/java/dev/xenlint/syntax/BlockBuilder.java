package dev.xenlint.syntax;

import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives the block structure of compound statements from indentation, as
 * Python does. Indentation problems are collected separately: they are errors
 * for xm (Python refuses the file) but not for xl, whose parser ignores
 * leading whitespace.
 */
final class BlockBuilder {

    static final int MAX_BLOCK_DEPTH = 100;

    private final SourceText source;
    private final List<LogicalLine> lines;
    private final List<SyntaxError> errors = new ArrayList<>();
    private final Set<LogicalLine> reported = new HashSet<>();
    private final Set<LogicalLine> errorLines = new HashSet<>();
    private int pos;

    BlockBuilder(SourceText source, List<LogicalLine> lines) {
        this.source = source;
        this.lines = lines;
    }

    List<Statement> build() {
        List<Statement> top = new ArrayList<>();
        while (pos < lines.size()) {
            top.addAll(suite(0, 0));
        }
        return List.copyOf(top);
    }

    List<SyntaxError> errors() {
        return errors;
    }

    private List<Statement> suite(int indent, int depth) {
        List<Statement> out = new ArrayList<>();
        while (pos < lines.size()) {
            LogicalLine line = lines.get(pos);
            if (line.indent() < indent) {
                break;
            }
            if (line.indent() > indent && reported.add(line)) {
                error(line, "unexpected indentation: this line is indented but follows no `if`, `for`, `def` "
                        + "or other block header");
            }
            pos++;
            ClauseKind kind = line.clauseKind();
            if (kind == null) {
                out.add(new Statement.Simple(line));
                continue;
            }
            Statement.Compound previous = null;
            if (kind.isContinuation()) {
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Statement.Compound c
                        && kind.mayFollow(c.clauses().get(c.clauses().size() - 1).kind())) {
                    previous = c;
                } else {
                    error(line, "`" + kind.keyword() + "` does not follow a matching block at the same indentation");
                }
            }
            Statement.Clause clause = new Statement.Clause(line, body(line, depth));
            if (previous != null) {
                previous.clauses().add(clause);
                continue;
            }
            List<Statement.Clause> clauses = new ArrayList<>();
            clauses.add(clause);
            out.add(new Statement.Compound(clauses));
        }
        return out;
    }

    private List<Statement> body(LogicalLine header, int depth) {
        if (header.hasInlineBody()) {
            return List.of();
        }
        if (pos < lines.size() && lines.get(pos).indent() > header.indent()) {
            int bodyIndent = lines.get(pos).indent();
            if (depth + 1 >= MAX_BLOCK_DEPTH) {
                error(lines.get(pos), "blocks are nested more than " + MAX_BLOCK_DEPTH + " deep");
                List<Statement> flat = new ArrayList<>();
                while (pos < lines.size() && lines.get(pos).indent() > header.indent()) {
                    flat.add(new Statement.Simple(lines.get(pos++)));
                }
                return flat;
            }
            List<Statement> body = suite(bodyIndent, depth + 1);
            if (pos < lines.size()) {
                LogicalLine next = lines.get(pos);
                if (next.indent() > header.indent() && next.indent() < bodyIndent && reported.add(next)) {
                    error(next, "inconsistent indentation: this line is indented less than the block above it "
                            + "but more than the `" + header.clauseKind().keyword() + "` line that opened it");
                }
            }
            return body;
        }
        var start = source.position(header.range().start());
        error(header, "expected an indented block after the `" + header.clauseKind().keyword() + "` at " + start);
        return List.of();
    }

    /** Reports a problem with a line; only the first problem of each line, as later ones follow from it. */
    private void error(LogicalLine line, String message) {
        if (!errorLines.add(line)) {
            return;
        }
        TextRange r = line.range();
        errors.add(new SyntaxError(new TextRange(r.start(), Math.min(r.end(), firstLineEnd(r.start()))), message));
    }

    private int firstLineEnd(int offset) {
        int line = source.lines().lineOf(offset) + 1;
        return source.lines().lineEnd(line);
    }
}
