package org.pyjit.runtime.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe map keyed by object identity that does not keep its keys alive: for facts about
 * Python objects the objects have no field for (their {@code id()}, the slot values of instances
 * whose Java class has no room for them). Entries of collected keys are dropped.
 */
public final class WeakIdentityMap<V> {
    private final ConcurrentHashMap<Object, V> map = new ConcurrentHashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    /** The value for {@code key}, or null. */
    public V get(Object key) {
        expunge();
        return map.get(new Probe(key));
    }

    /** The value for {@code key}, made by {@code make} (once) when absent. */
    public V computeIfAbsent(Object key, Function<Object, V> make) {
        V v = get(key);
        if (v != null) return v;
        return map.computeIfAbsent(new Key(key, collected), k -> make.apply(key));
    }

    private void expunge() {
        for (Object r; (r = collected.poll()) != null; ) map.remove(r);
    }

    /** The map's key: weak, compared by referent identity. */
    private static final class Key extends WeakReference<Object> {
        final int hash;

        Key(Object referent, ReferenceQueue<Object> q) {
            super(referent, q);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (other == this) return true;
            Object mine = get();
            return mine != null && other instanceof Key k && k.get() == mine;
        }
    }

    /** A lookup key that matches the {@link Key} of the same referent without allocating a reference. */
    private static final class Probe {
        final Object referent;

        Probe(Object referent) {
            this.referent = referent;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.get() == referent;
        }
    }
}
