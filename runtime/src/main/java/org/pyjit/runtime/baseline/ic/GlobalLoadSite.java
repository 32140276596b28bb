package org.pyjit.runtime.baseline.ic;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.pyjit.runtime.baseline.Tier1Ops;
import org.pyjit.runtime.interpreter.Frame;
import org.pyjit.runtime.objects.KeyCell;
import org.pyjit.runtime.objects.PyDict;

/**
 * {@code LOAD_GLOBAL name} ({@code (Frame) Object}). The entry for a frame's globals and builtins
 * dicts reads the name's key cells in both (globals first), which the dicts keep current: a
 * rebinding, a new global shadowing a builtin, or a deletion is seen by the next load, with no
 * invalidation step. Frames of other namespaces miss (one entry per namespace pair).
 */
public final class GlobalLoadSite extends InlineCache {
    private static final MethodHandle MISS;
    private static final MethodHandle LOAD_GLOBAL;
    private static final MethodHandle READ;
    private static final MethodHandle SAME_NAMESPACES;

    static {
        try {
            MethodHandles.Lookup l = Guards.LOOKUP;
            MISS = l.findVirtual(GlobalLoadSite.class, "miss", MethodType.methodType(Object.class, Frame.class));
            LOAD_GLOBAL = l.findStatic(Tier1Ops.class, "loadGlobal", MethodType.methodType(Object.class, Frame.class, String.class));
            READ = l.findVirtual(Namespaces.class, "read", MethodType.methodType(Object.class, Frame.class));
            SAME_NAMESPACES = l.findVirtual(Namespaces.class, "same", MethodType.methodType(boolean.class, Frame.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;

    public GlobalLoadSite(MethodType type, String name) {
        super(type);
        this.name = name;
        start();
    }

    @Override
    protected MethodHandle missHandler() {
        return MISS.bindTo(this);
    }

    @Override
    protected MethodHandle generic() {
        return MethodHandles.insertArguments(LOAD_GLOBAL, 1, name);
    }

    Object miss(Frame f) {
        KeyCell g = f.globals.keyCell(name);
        KeyCell b = f.builtins.keyCell(name);
        Namespaces ns = new Namespaces(f.globals, f.builtins, g, b, name);
        relink(new Entry("globals " + System.identityHashCode(f.globals) + ": " + name, SAME_NAMESPACES.bindTo(ns), READ.bindTo(ns)));
        return Tier1Ops.loadGlobal(f, name);
    }

    /** One entry's namespaces and the name's key cells in them (one bound object for the guard and the read). */
    record Namespaces(PyDict globals, PyDict builtins, KeyCell global, KeyCell builtin, String name) {
        public boolean same(Frame f) {
            return f.globals == globals && f.builtins == builtins;
        }

        public Object read(Frame f) {
            Object v = global.value();
            if (v != null) return v;
            v = builtin.value();
            if (v != null) return v;
            return Tier1Ops.loadGlobal(f, name); // NameError
        }
    }
}
