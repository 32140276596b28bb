package org.pyjit.compiler.parser;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Base of the generated parse-tree nodes. Most nodes of Python's deep expression chain have one
 * child, so children lists start small instead of ANTLR's default of ten slots; on large files
 * that default dominated the parser's allocation.
 */
public class PythonRuleContext extends ParserRuleContext {
    /** For ANTLR's generated contexts. */
    public PythonRuleContext() {
    }

    /** For ANTLR's generated contexts. */
    public PythonRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(4);
        }
        children.add(t);
        return t;
    }
}
