package org.pyjit.compiler.bytecode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.compiler.ast.Node;

/** One scope of the symbol table: a module, class body, function, lambda or comprehension. */
public final class Scope {
    /** What kind of block a scope is. */
    public enum Kind { MODULE, CLASS, FUNCTION }

    /** How the code of this scope reaches a name. */
    public enum Access {
        /** a register of the frame */
        FAST,
        /** a cell owned by this scope (a register holding the cell) */
        CELL,
        /** a cell received from an enclosing function */
        FREE,
        /** declared {@code global}, or module-level in a function */
        GLOBAL_EXPLICIT,
        GLOBAL_IMPLICIT,
        /** through the frame's locals mapping (module and class bodies) */
        NAME
    }

    static final int DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16, DEF_IMPORT = 32,
            DEF_COMP_ITER = 64;

    public final Kind kind;
    public final String name;
    public final Node node;
    public final Scope parent;
    public final List<Scope> children = new ArrayList<>();
    /** Flags per name, in first-seen order. */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    /** Final access per name, after analysis. */
    final Map<String, Access> access = new LinkedHashMap<>();
    /** Parameters in declaration order. */
    final List<String> params = new ArrayList<>();
    final Set<String> cells = new LinkedHashSet<>();
    final Set<String> frees = new LinkedHashSet<>();
    boolean isGenerator;
    boolean isCoroutine;
    boolean isComprehension;
    boolean isLambda;
    boolean hasVarargs, hasVarkeywords;
    /** A method that uses {@code super} or {@code __class__}: needs the implicit {@code __class__} cell. */
    boolean needsClassCell;
    /** Comprehension scope whose target names go to the enclosing function (walrus). */
    final Set<String> walrusTargets = new LinkedHashSet<>();

    /** The class whose name private names ({@code __x}) are mangled with, or null outside classes. */
    final String privateClass;

    Scope(Kind kind, String name, Node node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.privateClass = kind == Kind.CLASS ? name : parent != null ? parent.privateClass : null;
        if (parent != null) parent.children.add(this);
    }

    /** CPython's private name mangling: {@code __x} inside class {@code _A} is {@code _A__x}. */
    public String mangle(String n) {
        if (privateClass == null || !n.startsWith("__") || n.endsWith("__") || n.indexOf('.') >= 0) return n;
        int i = 0;
        while (i < privateClass.length() && privateClass.charAt(i) == '_') i++;
        if (i == privateClass.length()) return n;
        return "_" + privateClass.substring(i) + n;
    }

    void add(String name, int flag) {
        flags.merge(mangle(name), flag, (a, b) -> a | b);
    }

    int flagsOf(String name) {
        return flags.getOrDefault(mangle(name), 0);
    }

    public Access accessOf(String name) {
        name = mangle(name);
        Access a = access.get(name);
        if (a != null) return a;
        return kind == Kind.FUNCTION ? Access.GLOBAL_IMPLICIT : Access.NAME;
    }

    boolean isFunction() {
        return kind == Kind.FUNCTION;
    }
}
