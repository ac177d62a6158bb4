package dev.xenlint.model;

import dev.xenlint.syntax.ClauseKind;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.Statement;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
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
        for (XenParser.SmallStatementContext small : line.smallStatements()) {
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
    private void brokenStatement(XenParser.SmallStatementContext small, LogicalLine line, Env scope) {
        if (small instanceof XenParser.ExpressionStatementContext e && e.testList().size() > 1) {
            String name = singleName(e.testList(0));
            if (name != null) {
                TextRange r = eval.range(e);
                Value broken = new Value.Dynamic("the statement has a syntax error", r);
                assign(name, broken, broken, eval.range(e.testList(0)), r, r, e.augmentedAssign() != null
                        && e.augmentedAssign().getStart().getType() == XenLexer.PLUS_ASSIGN, scope);
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
        XenParser.ClauseContext header = first.header().tree().clause();
        TextRange at = first.header().range();
        if (first.header().treeIncomplete()) {
            brokenCompound(c, scope);
            return;
        }
        switch (c.kind()) {
            case IF -> ifChain(clauses, 0, scope);
            case FOR, WHILE -> {
                Env loop = scope.fork();
                if (header instanceof XenParser.ForClauseContext f) {
                    eval.testList(f.testList(), scope);
                    bindTargets(f.targetList(), loop, "a loop variable changes on every pass");
                } else {
                    eval.test(((XenParser.WhileClauseContext) header).test(), scope);
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
                String name = header instanceof XenParser.DefClauseContext d ? d.NAME().getText()
                        : ((XenParser.ClassClauseContext) header).NAME().getText();
                scope.set(name, new Value.Dynamic("`" + name + "` is a " + (c.kind() == ClauseKind.DEF ? "function" : "class")
                        + " defined at " + where(at) + "; xenlint does not run it", at));
            }
            case WITH -> {
                for (XenParser.WithItemContext item : ((XenParser.WithClauseContext) header).withItem()) {
                    eval.test(item.test(), scope);
                    if (item.target() != null) {
                        bindTarget(item.target(), scope, "bound by a `with` statement");
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
        XenParser.ClauseContext header = clause.header().tree().clause();
        XenParser.TestContext test = header instanceof XenParser.IfClauseContext f ? f.test()
                : header instanceof XenParser.ElifClauseContext e ? e.test() : null;
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
                    XenParser.ExceptClauseContext ex = (XenParser.ExceptClauseContext) clause.header().tree().clause();
                    if (ex.target() != null && !clause.header().treeIncomplete()) {
                        bindTarget(ex.target(), handler, "bound to the exception");
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

    private void small(XenParser.SmallStatementContext small, Env scope) {
        if (small instanceof XenParser.ExpressionStatementContext e) {
            expressionStatement(e, scope);
        } else if (small instanceof XenParser.ImportStatementContext imp) {
            for (XenParser.DottedAsNameContext d : imp.dottedAsName()) {
                String bound = d.NAME() != null ? d.NAME().getText() : d.dottedName().NAME(0).getText();
                scope.set(bound, new Value.Dynamic("`" + bound + "` is a Python module; xenlint does not run it",
                        eval.range(d)));
            }
        } else if (small instanceof XenParser.FromImportStatementContext from && from.importAsNames() != null) {
            // NAME (AS NAME)? groups: the bound name is the last NAME of each group
            List<org.antlr.v4.runtime.Token> bound = new ArrayList<>();
            boolean afterAs = false;
            for (int i = 0; i < from.importAsNames().getChildCount(); i++) {
                if (!(from.importAsNames().getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode t)) {
                    continue;
                }
                int type = t.getSymbol().getType();
                if (type == XenLexer.NAME) {
                    if (afterAs) {
                        bound.set(bound.size() - 1, t.getSymbol());
                    } else {
                        bound.add(t.getSymbol());
                    }
                }
                afterAs = type == XenLexer.AS;
            }
            for (org.antlr.v4.runtime.Token name : bound) {
                scope.set(name.getText(), new Value.Dynamic("`" + name.getText() + "` is imported from a Python "
                        + "module; xenlint does not run it", tree.range(name)));
            }
        } else {
            // print, raise, assert, del, return, ...: evaluate for the names they read
            for (int i = 0; i < small.getChildCount(); i++) {
                if (small.getChild(i) instanceof XenParser.TestContext t) {
                    eval.test(t, scope);
                } else if (small.getChild(i) instanceof XenParser.TestListContext t) {
                    eval.testList(t, scope);
                }
            }
        }
    }

    private void expressionStatement(XenParser.ExpressionStatementContext e, Env scope) {
        List<XenParser.TestListContext> lists = e.testList();
        XenParser.TestListContext last = lists.get(lists.size() - 1);
        if (lists.size() == 1) {
            eval.testList(last, scope);
            return;
        }
        Value value = eval.testList(last, scope);
        if (e.augmentedAssign() != null) {
            XenParser.TestListContext target = lists.get(0);
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
            int op = e.augmentedAssign().getStart().getType();
            TextRange r = eval.range(e);
            Value result = eval.bounded(augmented(op, old, value, r));
            assign(name, result, value, eval.range(target), r, eval.range(last), op == XenLexer.PLUS_ASSIGN, scope);
            return;
        }
        for (int i = 0; i < lists.size() - 1; i++) {
            assignTargets(lists.get(i), value, eval.range(e), eval.range(last), scope);
        }
    }

    private Value augmented(int op, Value old, Value value, TextRange r) {
        return switch (op) {
            case XenLexer.PLUS_ASSIGN -> combine(old, value, r, (a, b) -> Operations.additive(XenLexer.PLUS, a, b, r));
            case XenLexer.MINUS_ASSIGN -> combine(old, value, r, (a, b) -> Operations.additive(XenLexer.MINUS, a, b, r));
            case XenLexer.STAR_ASSIGN -> combine(old, value, r, (a, b) -> Operations.multiplicative(XenLexer.STAR, a, b, r));
            default -> new Value.Dynamic("augmented assignment is not evaluated", r);
        };
    }

    private static Value combine(Value a, Value b, TextRange r, java.util.function.BinaryOperator<Value> fn) {
        if (a.options().size() * b.options().size() > Evaluator.MAX_COMBINATIONS) {
            return new Value.Dynamic("too many combinations of `if` branches to evaluate", r);
        }
        List<Value> out = new ArrayList<>();
        for (Value x : a.options()) {
            for (Value y : b.options()) {
                boolean unknown = x instanceof Value.Dynamic || x instanceof Value.Absent
                        || y instanceof Value.Dynamic || y instanceof Value.Absent;
                out.add(unknown ? Evaluator.dynamicOf(x instanceof Value.Dynamic || x instanceof Value.Absent ? x : y, r)
                        : fn.apply(x, y));
            }
        }
        return Value.Alternatives.of(out);
    }

    private void assignTargets(XenParser.TestListContext target, Value value, TextRange statement, TextRange valueRange,
                               Env scope) {
        String name = singleName(target);
        if (name != null) {
            assign(name, value, value, eval.range(target), statement, valueRange, false, scope);
            return;
        }
        List<XenParser.TestContext> parts = target.test();
        boolean allNames = target.COMMA().size() > 0 && parts.stream().allMatch(t -> nameOf(t) != null);
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
        for (var it = conditions.descendingIterator(); it.hasNext(); ) {
            String c = it.next();
            condition = condition == null ? c : condition + " and " + c;
        }
        assignments.add(new Assignment(name, statement, keyRange, valueRange, append, value, operand, condition));
    }

    private void bindTargets(XenParser.TargetListContext targets, Env scope, String reason) {
        for (XenParser.TargetContext t : targets.target()) {
            bindTarget(t, scope, reason);
        }
    }

    private void bindTarget(XenParser.TargetContext t, Env scope, String reason) {
        if (t.targetList() != null) {
            bindTargets(t.targetList(), scope, reason);
        } else if (t.NAME().size() == 1 && t.LBRACK().isEmpty()) {
            String name = t.NAME(0).getText();
            scope.set(name, new Value.Dynamic("`" + name + "` is " + reason, eval.range(t)));
        }
    }

    /** The name when a target list is one plain name ({@code key = ...}), else null. */
    static String singleName(XenParser.TestListContext list) {
        return list.test().size() == 1 && list.COMMA().isEmpty() ? nameOf(list.test(0)) : null;
    }

    static String nameOf(XenParser.TestContext test) {
        if (test instanceof XenParser.ConditionalTestContext c && c.IF() == null
                && c.expr(0) instanceof XenParser.AtomExprContext a && a.atom() instanceof XenParser.NameAtomContext n) {
            return n.NAME().getText();
        }
        return null;
    }

    private String where(TextRange r) {
        return tree.source().position(r.start()).toString();
    }
}
