package dev.xenlint.model;

import dev.xenlint.syntax.ClauseKind;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.Statement;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.NodeKind;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.syntax.TreeElement;
import dev.xenlint.text.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the statements of a file in order, as Python would run them, but
 * folding instead of executing: every top-level assignment is recorded with
 * its value and the conditions it runs under, branches with dynamic
 * conditions are followed both ways and joined, function bodies are not run.
 */
final class Executor {

    final Env env = new Env();
    final List<Assignment> assignments = new ArrayList<>();
    final Set<String> namesRead = new HashSet<>();
    private final SyntaxTree tree;
    private final Evaluator eval;
    private final Deque<String> conditions = new ArrayDeque<>();

    Executor(SyntaxTree tree) {
        this.tree = tree;
        this.eval = new Evaluator(tree, namesRead);
    }

    void run() {
        block(tree.statements(), env);
    }

    private void block(List<Statement> statements, Env scope) {
        for (Statement s : statements) {
            if (s instanceof Statement.Simple simple) {
                line(simple.line(), scope);
            } else {
                compound((Statement.Compound) s, scope);
            }
        }
    }

    private void line(LogicalLine line, Env scope) {
        for (Node small : line.smallStatements()) {
            if (line.treeIncomplete()) {
                brokenStatement(small, line, scope);
            } else {
                small(small, scope);
            }
        }
    }

    /**
     * A statement the parser had to recover in: its value is not what was
     * written, so a plain {@code key = ...} binds a dynamic value and nothing
     * else is evaluated.
     */
    private void brokenStatement(Node small, LogicalLine line, Env scope) {
        List<Node> lists = small.nodes(NodeKind.TEST_LIST);
        if (small.is(NodeKind.EXPRESSION_STATEMENT) && lists.size() > 1) {
            String name = singleName(lists.get(0));
            if (name != null) {
                TextRange r = eval.range(small);
                Value broken = new Value.Dynamic("the statement has a syntax error", r);
                Node augmented = small.node(NodeKind.AUGMENTED_ASSIGN);
                assign(name, broken, broken, eval.range(lists.get(0)), r, r, augmented != null
                        && augmented.first().is(TokenKind.PLUS_ASSIGN), scope);
            }
        }
    }

    private void clauseBody(Statement.Clause clause, Env scope) {
        line(clause.header(), scope); // inline body: `if x: a = 1`
        block(clause.body(), scope);
    }

    private void compound(Statement.Compound c, Env scope) {
        List<Statement.Clause> clauses = c.clauses();
        Statement.Clause first = clauses.get(0);
        Node header = first.header().clause();
        TextRange at = first.header().range();
        if (first.header().treeIncomplete()) {
            brokenCompound(c, scope);
            return;
        }
        switch (c.kind()) {
            case IF -> ifChain(clauses, 0, scope);
            case FOR, WHILE -> {
                Env loop = scope.fork();
                if (header.is(NodeKind.FOR_CLAUSE)) {
                    eval.testList(header.node(NodeKind.TEST_LIST), scope);
                    bindTargets(header.node(NodeKind.TARGET_LIST), loop, "a loop variable changes on every pass");
                } else {
                    eval.test(header.test(0), scope);
                }
                conditions.push("the `" + c.kind().keyword() + "` loop at " + where(at) + " runs");
                clauseBody(first, loop);
                conditions.pop();
                scope.merge(List.of(scope.fork(), loop), at);
                for (int i = 1; i < clauses.size(); i++) {
                    clauseBody(clauses.get(i), scope); // else: runs after the loop
                }
            }
            case TRY -> tryStatement(clauses, scope);
            case DEF, CLASS -> {
                String name = header.token(TokenKind.NAME).text();
                scope.set(name, new Value.Dynamic("`" + name + "` is a " + (c.kind() == ClauseKind.DEF ? "function" : "class")
                        + " defined at " + where(at) + "; xenlint does not run it", at));
            }
            case WITH -> {
                for (Node item : header.nodes(NodeKind.WITH_ITEM)) {
                    eval.test(item.test(0), scope);
                    if (item.node(NodeKind.TARGET) != null) {
                        bindTarget(item.node(NodeKind.TARGET), scope, "bound by a `with` statement");
                    }
                }
                clauseBody(first, scope);
            }
            default -> {
                // elif/else/except/finally without their opening clause: the block builder reported it
                for (Statement.Clause clause : clauses) {
                    clauseBody(clause, scope);
                }
            }
        }
    }

    /**
     * A compound statement whose header has a syntax error (`for`, `def` with no name): the header's
     * parts may be missing, so nothing in it is evaluated and each body may or may not run.
     */
    private void brokenCompound(Statement.Compound c, Env scope) {
        TextRange at = c.clauses().get(0).header().range();
        List<Env> paths = new ArrayList<>();
        paths.add(scope.fork());
        conditions.push("the `" + c.kind().keyword() + "` at " + where(at) + ", which has a syntax error, runs");
        for (Statement.Clause clause : c.clauses()) {
            Env path = scope.fork();
            clauseBody(clause, path);
            paths.add(path);
        }
        conditions.pop();
        scope.merge(paths, at);
    }

    private void ifChain(List<Statement.Clause> clauses, int i, Env scope) {
        if (i >= clauses.size()) {
            return;
        }
        Statement.Clause clause = clauses.get(i);
        Node header = clause.header().clause();
        Node test = header.is(NodeKind.IF_CLAUSE) || header.is(NodeKind.ELIF_CLAUSE) ? header.test(0) : null;
        if (test == null) {
            clauseBody(clause, scope);
            return;
        }
        if (clause.header().treeIncomplete()) {
            brokenCompound(new Statement.Compound(clauses.subList(i, clauses.size())), scope);
            return;
        }
        Boolean truth = Evaluator.truth(eval.test(test, scope));
        if (Boolean.TRUE.equals(truth)) {
            clauseBody(clause, scope);
            return;
        }
        if (Boolean.FALSE.equals(truth)) {
            ifChain(clauses, i + 1, scope);
            return;
        }
        String text = eval.text(test);
        Env taken = scope.fork();
        conditions.push(text);
        clauseBody(clause, taken);
        conditions.pop();
        Env notTaken = scope.fork();
        conditions.push("not (" + text + ")");
        ifChain(clauses, i + 1, notTaken);
        conditions.pop();
        scope.merge(List.of(taken, notTaken), clause.header().range());
    }

    private void tryStatement(List<Statement.Clause> clauses, Env scope) {
        List<Env> paths = new ArrayList<>();
        Env body = scope.fork();
        conditions.push("no exception is raised");
        clauseBody(clauses.get(0), body);
        conditions.pop();
        paths.add(body);
        Statement.Clause finallyClause = null;
        for (int i = 1; i < clauses.size(); i++) {
            Statement.Clause clause = clauses.get(i);
            switch (clause.kind()) {
                case EXCEPT -> {
                    Env handler = scope.fork();
                    Node target = clause.header().clause().node(NodeKind.TARGET);
                    if (target != null && !clause.header().treeIncomplete()) {
                        bindTarget(target, handler, "bound to the exception");
                    }
                    conditions.push("the `except` at " + where(clause.header().range()) + " runs");
                    clauseBody(clause, handler);
                    conditions.pop();
                    paths.add(handler);
                }
                case ELSE -> {
                    conditions.push("no exception is raised");
                    clauseBody(clause, body);
                    conditions.pop();
                }
                default -> finallyClause = clause;
            }
        }
        scope.merge(paths, clauses.get(0).header().range());
        if (finallyClause != null) {
            clauseBody(finallyClause, scope);
        }
    }

    private void small(Node small, Env scope) {
        if (small.is(NodeKind.EXPRESSION_STATEMENT)) {
            expressionStatement(small, scope);
        } else if (small.is(NodeKind.IMPORT_STATEMENT)) {
            for (Node d : small.nodes(NodeKind.DOTTED_AS_NAME)) {
                Token as = d.token(TokenKind.NAME);
                String bound = as != null ? as.text() : d.node(NodeKind.DOTTED_NAME).token(TokenKind.NAME).text();
                scope.set(bound, new Value.Dynamic("`" + bound + "` is a Python module; xenlint does not run it",
                        eval.range(d)));
            }
        } else if (small.is(NodeKind.FROM_IMPORT_STATEMENT) && small.node(NodeKind.IMPORT_AS_NAMES) != null) {
            // NAME (AS NAME)? groups: the bound name is the last NAME of each group
            List<Token> bound = new ArrayList<>();
            boolean afterAs = false;
            for (TreeElement child : small.node(NodeKind.IMPORT_AS_NAMES).children()) {
                if (!(child instanceof Token t)) {
                    continue;
                }
                if (t.is(TokenKind.NAME)) {
                    if (afterAs) {
                        bound.set(bound.size() - 1, t);
                    } else {
                        bound.add(t);
                    }
                }
                afterAs = t.is(TokenKind.AS);
            }
            for (Token name : bound) {
                scope.set(name.text(), new Value.Dynamic("`" + name.text() + "` is imported from a Python "
                        + "module; xenlint does not run it", name.range()));
            }
        } else {
            // print, raise, assert, del, return, ...: evaluate for the names they read
            for (Node child : small.nodes()) {
                if (child.is(NodeKind.Category.TEST)) {
                    eval.test(child, scope);
                } else if (child.is(NodeKind.TEST_LIST)) {
                    eval.testList(child, scope);
                }
            }
        }
    }

    private void expressionStatement(Node e, Env scope) {
        List<Node> lists = e.nodes(NodeKind.TEST_LIST);
        Node last = lists.get(lists.size() - 1);
        if (lists.size() == 1) {
            eval.testList(last, scope);
            return;
        }
        Value value = eval.testList(last, scope);
        Node augmentedAssign = e.node(NodeKind.AUGMENTED_ASSIGN);
        if (augmentedAssign != null) {
            Node target = lists.get(0);
            String name = singleName(target);
            if (name == null) {
                eval.testList(target, scope);
                return;
            }
            namesRead.remove(name); // reading for += is not a use by another expression
            Value old = scope.get(name);
            if (old == null) {
                old = new Value.Dynamic("`" + name + "` is extended with `+=` before it is set", eval.range(target));
            }
            TokenKind op = augmentedAssign.first().kind();
            TextRange r = eval.range(e);
            Value result = eval.bounded(augmented(op, old, value, r));
            assign(name, result, value, eval.range(target), r, eval.range(last), op == TokenKind.PLUS_ASSIGN, scope);
            return;
        }
        for (int i = 0; i < lists.size() - 1; i++) {
            assignTargets(lists.get(i), value, eval.range(e), eval.range(last), scope);
        }
    }

    private Value augmented(TokenKind op, Value old, Value value, TextRange r) {
        return switch (op) {
            case PLUS_ASSIGN -> combine(old, value, r, TokenKind.PLUS);
            case MINUS_ASSIGN -> combine(old, value, r, TokenKind.MINUS);
            case STAR_ASSIGN -> combine(old, value, r, TokenKind.STAR);
            default -> new Value.Dynamic("augmented assignment is not evaluated", r);
        };
    }

    /** {@code a op b} for every combination of the alternatives; op is +, - or * (no lambda: see StartupPathTest). */
    private static Value combine(Value a, Value b, TextRange r, TokenKind op) {
        if (a.options().size() * b.options().size() > Evaluator.MAX_COMBINATIONS) {
            return new Value.Dynamic("too many combinations of `if` branches to evaluate", r);
        }
        List<Value> out = new ArrayList<>();
        for (Value x : a.options()) {
            for (Value y : b.options()) {
                boolean unknown = x instanceof Value.Dynamic || x instanceof Value.Absent
                        || y instanceof Value.Dynamic || y instanceof Value.Absent;
                out.add(unknown ? Evaluator.dynamicOf(x instanceof Value.Dynamic || x instanceof Value.Absent ? x : y, r)
                        : op == TokenKind.STAR ? Operations.multiplicative(op, x, y, r) : Operations.additive(op, x, y, r));
            }
        }
        return Value.Alternatives.of(out);
    }

    private void assignTargets(Node target, Value value, TextRange statement, TextRange valueRange,
                               Env scope) {
        String name = singleName(target);
        if (name != null) {
            assign(name, value, value, eval.range(target), statement, valueRange, false, scope);
            return;
        }
        List<Node> parts = target.tests();
        boolean allNames = target.has(TokenKind.COMMA);
        for (int i = 0; allNames && i < parts.size(); i++) { // a loop, not a stream: see StartupPathTest
            allNames = nameOf(parts.get(i)) != null;
        }
        if (!allNames) {
            eval.testList(target, scope); // attribute or subscript assignment: reads names, binds none
            return;
        }
        List<Value> items = value instanceof Value.Tuple t ? t.items()
                : value instanceof Value.ListValue l ? l.items() : null;
        for (int i = 0; i < parts.size(); i++) {
            Value item = items != null && items.size() == parts.size() ? items.get(i)
                    : Evaluator.dynamicOf(value, value.range());
            assign(nameOf(parts.get(i)), item, item, eval.range(parts.get(i)), statement, valueRange, false, scope);
        }
    }

    private void assign(String name, Value value, Value operand, TextRange keyRange, TextRange statement,
                        TextRange valueRange, boolean append, Env scope) {
        scope.set(name, value);
        String condition = null;
        if (!conditions.isEmpty()) { // at the top level (most assignments) no iterator
            for (var it = conditions.descendingIterator(); it.hasNext(); ) {
                String c = it.next();
                condition = condition == null ? c : condition + " and " + c;
            }
        }
        assignments.add(new Assignment(name, statement, keyRange, valueRange, append, value, operand, condition));
    }

    private void bindTargets(Node targets, Env scope, String reason) {
        for (Node t : targets.nodes(NodeKind.TARGET)) {
            bindTarget(t, scope, reason);
        }
    }

    private void bindTarget(Node t, Env scope, String reason) {
        if (t.node(NodeKind.TARGET_LIST) != null) {
            bindTargets(t.node(NodeKind.TARGET_LIST), scope, reason);
        } else if (t.tokens(TokenKind.NAME).size() == 1 && !t.has(TokenKind.LBRACK)) {
            String name = t.token(TokenKind.NAME).text();
            scope.set(name, new Value.Dynamic("`" + name + "` is " + reason, eval.range(t)));
        }
    }

    /** The name when a target list is one plain name ({@code key = ...}), else null. */
    static String singleName(Node list) {
        return list.plainName();
    }

    static String nameOf(Node test) {
        return test.plainName();
    }

    private String where(TextRange r) {
        return tree.source().position(r.start()).toString();
    }
}
