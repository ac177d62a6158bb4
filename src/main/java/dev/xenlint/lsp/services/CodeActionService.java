package dev.xenlint.lsp.services;

import dev.xenlint.engine.Session;
import dev.xenlint.fix.Fixer;
import dev.xenlint.workspace.Workspace;
import dev.xenlint.lint.BuiltInRule;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Fix;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Code actions: each finding's quick fix (unsafe ones say so and are never preferred), the safe
 * fixes of the whole file as {@code check --fix} applies them ({@link #FIX_ALL}), and suppression
 * comments for a finding's line or for the whole file.
 */
public final class CodeActionService {

    /** The kind of the action that applies every safe fix. */
    public static final String FIX_ALL = CodeActionKind.SourceFixAll + ".xenlint";

    private final DiagnosticsService diagnostics;
    /** The session "fix all" goes through, as {@code check --fix} does. */
    private final java.util.function.Supplier<Session> session;

    public CodeActionService(DiagnosticsService diagnostics) {
        this(diagnostics, () -> new Session(Workspace.at(null)));
    }

    public CodeActionService(DiagnosticsService diagnostics, java.util.function.Supplier<Session> session) {
        this.diagnostics = diagnostics;
        this.session = session;
    }

    /**
     * @param range the selection or cursor the client asks about
     * @param only  the kinds the client wants (null or empty: all)
     */
    public List<CodeAction> codeActions(AnalyzedDocument doc, Range range, List<String> only) {
        List<CodeAction> out = new ArrayList<>();
        TextRange selection = doc.positions().textRange(range);
        if (wants(only, CodeActionKind.QuickFix)) {
            List<Diagnostic> here = new ArrayList<>();
            for (Diagnostic d : doc.analysis().diagnostics()) {
                if (touches(d.range(), selection)) {
                    here.add(d);
                }
            }
            for (Diagnostic d : here) {
                Fix fix = d.fix(); // once: a lazy finding makes its fix each time it is asked
                if (fix != null && !fix.edits().isEmpty()) {
                    out.add(quickFix(doc, d, fix));
                }
            }
            Set<String> lineDone = new LinkedHashSet<>();
            Set<String> fileDone = new LinkedHashSet<>();
            for (Diagnostic d : here) {
                if (d.info().equals(BuiltInRule.SYNTAX_ERROR.info()) || d.info().equals(BuiltInRule.UNUSED_SUPPRESSION.info())) {
                    continue; // a syntax error cannot be waved away; an unused suppression is removed, not suppressed
                }
                LogicalLine line = lineOf(doc, d.range().start());
                if (line != null && lineDone.add(d.rule() + "@" + line.range().start())) {
                    out.add(disableForLine(doc, d, line));
                }
                if (fileDone.add(d.rule())) {
                    out.add(disableForFile(doc, d));
                }
            }
        }
        if (wants(only, FIX_ALL)) {
            CodeAction all = fixAll(doc);
            if (all != null) {
                out.add(all);
            }
        }
        return out;
    }

    /** The safe fixes of the whole document, applied as {@code check --fix} does; null when none applies. */
    public CodeAction fixAll(AnalyzedDocument doc) {
        Fixer.Result result = session.get().fix(doc.document(), doc.options(), false);
        if (!result.changed(doc.document().source())) {
            return null;
        }
        CodeAction action = new CodeAction("Fix all safe xenlint problems (" + result.applied() + ")");
        action.setKind(FIX_ALL);
        action.setEdit(edit(doc, TextEdits.replaceAll(doc, result.text(),
                doc.document().source().hasBom() && !result.last().source().hasBom())));
        return action;
    }

    private CodeAction quickFix(AnalyzedDocument doc, Diagnostic d, Fix fix) {
        boolean safe = fix.applicability() == Fix.Applicability.SAFE;
        CodeAction action = new CodeAction(safe ? fix.description()
                : fix.description() + " (unsafe fix: changes what the guest gets)");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostics.toLsp(doc, d)));
        action.setIsPreferred(safe);
        action.setEdit(edit(doc, TextEdits.of(doc, fix.edits())));
        return action;
    }

    private CodeAction disableForLine(AnalyzedDocument doc, Diagnostic d, LogicalLine line) {
        String text = doc.text();
        int start = doc.document().source().lines().lineStart(doc.document().source().lines().lineOf(
                line.range().start()) + 1);
        String indent = text.substring(start, line.range().start());
        String comment = indent + "# xenlint: disable-next-line=" + d.rule() + doc.document().source().lineEnding();
        CodeAction action = new CodeAction("Disable " + d.code() + " (" + d.rule() + ") for this line");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostics.toLsp(doc, d)));
        action.setEdit(edit(doc, List.of(new TextEdit(doc.positions().range(TextRange.empty(start)), comment))));
        return action;
    }

    private CodeAction disableForFile(AnalyzedDocument doc, Diagnostic d) {
        String text = doc.text();
        int at = 0;
        if (text.startsWith("#!")) { // keep an interpreter line first
            int nl = text.indexOf('\n');
            at = nl < 0 ? text.length() : nl + 1;
        }
        String nl = doc.document().source().lineEnding();
        String comment = (at == text.length() && at > 0 && !text.endsWith("\n") ? nl : "")
                + "# xenlint: disable-file=" + d.rule() + nl;
        CodeAction action = new CodeAction("Disable " + d.code() + " (" + d.rule() + ") for this file");
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostics.toLsp(doc, d)));
        action.setEdit(edit(doc, List.of(new TextEdit(doc.positions().range(TextRange.empty(at)), comment))));
        return action;
    }

    private static WorkspaceEdit edit(AnalyzedDocument doc, List<TextEdit> edits) {
        return new WorkspaceEdit(Map.of(doc.uri(), edits));
    }

    private static LogicalLine lineOf(AnalyzedDocument doc, int offset) {
        for (LogicalLine l : doc.analysis().syntax().lines()) {
            if (l.range().start() <= offset && offset <= l.range().end()) {
                return l;
            }
        }
        return null;
    }

    /** Whether a finding is under the selection, or under the cursor (an empty selection). */
    static boolean touches(TextRange finding, TextRange selection) {
        if (selection.isEmpty()) {
            return finding.start() <= selection.start() && selection.start() <= finding.end();
        }
        if (finding.isEmpty()) {
            return selection.start() <= finding.start() && finding.start() <= selection.end();
        }
        return finding.overlaps(selection);
    }

    private static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        for (String o : only) {
            if (kind.equals(o) || kind.startsWith(o + ".")) {
                return true;
            }
        }
        return false;
    }
}
