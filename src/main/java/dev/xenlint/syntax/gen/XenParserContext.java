package dev.xenlint.syntax.gen;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The superclass of {@link XenParser}'s contexts (the grammar's {@code contextSuperClass}): ANTLR's
 * {@link ParserRuleContext} makes each context's list of children with room for ten, and most of this
 * grammar's contexts have one child, a binary operation three; a line of 500,000 operations holds
 * over a million contexts until its tree is converted. The list here starts with room for one and
 * grows as ArrayList does (1, 2, 3, 4, 6, ...); nothing else differs.
 */
public class XenParserContext extends ParserRuleContext {

    public XenParserContext() {
    }

    public XenParserContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(1);
        }
        children.add(t);
        return t;
    }
}
