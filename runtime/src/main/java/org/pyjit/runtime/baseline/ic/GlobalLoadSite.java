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
            READ = l.findStatic(GlobalLoadSite.class, "read",
                    MethodType.methodType(Object.class, KeyCell.class, KeyCell.class, String.class, Frame.class));
            SAME_NAMESPACES = l.findStatic(GlobalLoadSite.class, "sameNamespaces",
                    MethodType.methodType(boolean.class, PyDict.class, PyDict.class, Frame.class));
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
        relink(new Entry("globals " + System.identityHashCode(f.globals) + ": " + name,
                MethodHandles.insertArguments(SAME_NAMESPACES, 0, f.globals, f.builtins),
                MethodHandles.insertArguments(READ, 0, g, b, name)));
        return Tier1Ops.loadGlobal(f, name);
    }

    public static boolean sameNamespaces(PyDict globals, PyDict builtins, Frame f) {
        return f.globals == globals && f.builtins == builtins;
    }

    public static Object read(KeyCell global, KeyCell builtin, String name, Frame f) {
        Object v = global.value();
        if (v != null) return v;
        v = builtin.value();
        if (v != null) return v;
        return Tier1Ops.loadGlobal(f, name); // NameError
    }
}
