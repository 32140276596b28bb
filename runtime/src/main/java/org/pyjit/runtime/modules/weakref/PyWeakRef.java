package org.pyjit.runtime.modules.weakref;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.objects.WeakIdentityMap;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.TypeLayout;

/**
 * A weak reference ({@code weakref.ref} and its subclasses; also the target holder of proxies) on
 * a JVM {@link WeakReference}. The JVM clears a reference only when it collects the referent, so
 * callbacks run later than in CPython (which runs them the moment the last reference goes): at the
 * next weak-reference creation or {@code gc.collect()}, whichever comes first. A reference that is
 * itself unreachable by then never calls back, as in CPython.
 */
public class PyWeakRef extends PyObject {
    /** The JVM reference; it points back at its Python reference so a cleared one can be called back. */
    static final class Link extends WeakReference<Object> {
        final PyWeakRef owner;

        Link(Object referent, PyWeakRef owner) {
            super(referent, QUEUE);
            this.owner = owner;
        }
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /** The live references of each referent (for {@code getweakrefcount}, {@code getweakrefs} and sharing plain refs). */
    private static final WeakIdentityMap<List<WeakReference<PyWeakRef>>> BY_REFERENT = new WeakIdentityMap<>();

    Link link;
    Object callback = PyNone.NONE;
    private long hash;
    private boolean hashed;

    public PyWeakRef(PyType type) {
        super(type);
    }

    /** Points this (fresh) reference at {@code referent}, with {@code callback} (None: none). */
    void bind(Object referent, Object callback) {
        this.link = new Link(referent, this);
        this.callback = callback == null ? PyNone.NONE : callback;
        List<WeakReference<PyWeakRef>> refs = BY_REFERENT.computeIfAbsent(referent, k -> new ArrayList<>());
        synchronized (refs) {
            refs.removeIf(r -> r.get() == null || r.get().get() == null);
            refs.add(new WeakReference<>(this));
        }
    }

    /** The referent, or null once it has been collected. */
    public Object get() {
        return link == null ? null : link.get();
    }

    /** Whether {@code o} can be weakly referenced (CPython: its type has a weakref slot). */
    public static boolean weakrefable(Object o) {
        if (!(o instanceof PyObject p) || o == PyNone.NONE || o instanceof PyBoxed || o instanceof PyTuple || o instanceof PyBytes) {
            return false;
        }
        return TypeLayout.hasWeakref(p.type);
    }

    static void checkWeakrefable(Object o) {
        if (!weakrefable(o)) throw Errors.typeError("cannot create weak reference to '" + Ops.typeName(o) + "' object");
    }

    /** The live references to {@code referent}, oldest first. */
    static List<PyWeakRef> referencesTo(Object referent) {
        List<WeakReference<PyWeakRef>> refs = BY_REFERENT.get(referent);
        List<PyWeakRef> out = new ArrayList<>();
        if (refs == null) return out;
        synchronized (refs) {
            for (WeakReference<PyWeakRef> r : refs) {
                PyWeakRef w = r.get();
                if (w != null && w.get() == referent) out.add(w);
            }
        }
        return out;
    }

    /** {@code hash(r)}: the referent's hash, remembered so it survives the referent. */
    long hash() {
        if (hashed) return hash;
        Object o = get();
        if (o == null) throw Errors.typeError("weak object has gone away");
        hash = Ops.hash(o);
        hashed = true;
        return hash;
    }

    /**
     * Calls the callbacks of references whose referents the JVM has collected. An exception in a
     * callback is reported on stderr and ignored, as CPython does.
     */
    public static void runCallbacks() {
        for (Reference<?> r; (r = QUEUE.poll()) != null; ) {
            PyWeakRef w = ((Link) r).owner;
            Object cb = w.callback;
            w.callback = PyNone.NONE;
            if (cb == PyNone.NONE) continue;
            try {
                Ops.call(cb, w);
            } catch (PyException e) {
                org.pyjit.runtime.modules.Unraisable.report("Exception ignored in: " + Ops.repr(cb), e);
            }
        }
    }
}
