package dev.xenlint.syntax;

import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.RuleStopState;

/**
 * The generated parser's prediction (the same state machine and shared DFA cache), with the cost of a
 * syntax error cut. The generated parser sees only lines with an error, and on such a line prediction
 * meets a dead end at nearly every decision that reaches the error (the expression loops, the list of
 * statements): each time it makes a {@link NoViableAltException} it then throws away when the input
 * up to the error already completed the decision's rule, and works out which alternative did so by
 * copying the dead end's configurations into two new sets. Here the exception has no stack trace
 * (nothing reads one), and when no configuration carries a predicate (every one is then valid) the
 * alternative is read off the configurations directly: the least that finished the rule, as before.
 */
final class LinePrediction extends ParserATNSimulator {

    LinePrediction(Parser parser, ParserATNSimulator generated) {
        super(parser, generated.atn, generated.decisionToDFA, generated.getSharedContextCache());
    }

    @Override
    protected NoViableAltException noViableAlt(TokenStream input, ParserRuleContext outerContext, ATNConfigSet configs,
                                               int startIndex) {
        return new FriendlyErrorStrategy.QuietNoViableAlt(parser, input, input.get(startIndex), input.LT(1), configs,
                outerContext);
    }

    @Override
    protected int getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(ATNConfigSet configs,
                                                                          ParserRuleContext outerContext) {
        if (configs.hasSemanticContext) {
            return super.getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(configs, outerContext);
        }
        int least = ATN.INVALID_ALT_NUMBER;
        for (ATNConfig c : configs) {
            boolean finished = c.getOuterContextDepth() > 0
                    || c.state instanceof RuleStopState && c.context.hasEmptyPath();
            if (finished && (least == ATN.INVALID_ALT_NUMBER || c.alt < least)) {
                least = c.alt;
            }
        }
        return least;
    }
}
