package org.pyjit.runtime.objects;

import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Python {@code set} and {@code frozenset} (the type tells which): an open-addressing hash table
 * laid out exactly as CPython's {@code setobject.c} lays it out, so that iteration order (and so
 * the text a program prints for a set of ints, floats, tuples or None) is CPython's.
 *
 * <p>The facts reproduced: the table starts at 8 slots; a probe inspects the home slot and, when
 * they exist, the 9 slots after it (linear probing), then jumps with {@code perturb >>= 5;
 * i = i*5 + 1 + perturb}; deleted slots become dummies (hash -1) that a later insertion may reuse;
 * after filling a fresh slot the table grows when {@code fill*5 >= mask*3}, to the smallest power
 * of two above {@code used*4} ({@code used*2} past 50000 elements); rebuilding reinserts in table
 * order; {@code pop} scans from a moving finger.
 */
public class PySet extends PyObject {
    /** Sentinel key of a deleted slot (whose hash is -1). */
    private static final Object DUMMY = new Object();
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    private Object[] keys;
    private long[] hashes;
    private int mask;
    /** Active plus dummy slots. */
    private int fill;
    /** Active slots (the set's length). */
    private int used;
    /** Where {@link #pop} starts looking. */
    private int finger;
    /** Cached frozenset hash, -1 when not computed. */
    private long cachedHash = -1;

    public PySet() {
        this(BuiltinTypes.SET);
    }

    public PySet(PyType type) {
        super(type);
        emptyToMinSize();
    }

    private void emptyToMinSize() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        cachedHash = -1;
    }

    /**
     * The frozenset CPython's compiler makes for a set display of more than two constants
     * ({@code {1, 2, 3}} compiles to {@code BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE}): a
     * frozenset of the constants in source order, which constant merging then rebuilds from its
     * own iteration order. The interpreter's set built from it (an empty set updated with it)
     * then iterates exactly as CPython's.
     */
    public static PySet constantFrozenset(Object[] constants) {
        PySet first = new PySet(BuiltinTypes.FROZENSET);
        for (Object c : constants) first.add(c);
        PySet merged = new PySet(BuiltinTypes.FROZENSET);
        for (Object c : first.toArray()) merged.add(c);
        return merged;
    }

    public final int size() {
        return used;
    }

    /** True for frozenset and its subclasses. */
    public final boolean isFrozen() {
        return type.isSubtypeOf(BuiltinTypes.FROZENSET);
    }

    // ------------------------------------------------------------------ lookup

    /** The slot holding {@code key}, or -1. May run Python {@code __eq__}. */
    private int lookup(Object key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            long m = mask;
            long perturb = hash;
            long i = hash & m;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = (int) i;
                do {
                    Object k = table[j];
                    long h = hashes[j];
                    if (k == null && h == 0) return -1;
                    if (h == hash) {
                        if (k == key || (k instanceof String s && key instanceof String t && s.equals(t))) return j;
                        boolean eq = Ops.eq(k, key);
                        if (table != keys || table[j] != k) continue restart; // the comparison mutated the set
                        if (eq) return j;
                        m = mask;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & m;
            }
        }
    }

    public final boolean contains(Object key) {
        return lookup(key, Ops.hash(key)) >= 0;
    }

    public final boolean contains(Object key, long hash) {
        return lookup(key, hash) >= 0;
    }

    // ------------------------------------------------------------------ insertion

    /** Adds {@code key} (no effect when present). */
    public final void add(Object key) {
        add(key, Ops.hash(key));
    }

    /** Adds {@code key} whose hash is already known. */
    public final void add(Object key, long hash) {
        restart:
        while (true) {
            Object[] table = keys;
            long m = mask;
            long perturb = hash;
            long i = hash & m;
            int freeSlot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= m) ? LINEAR_PROBES : 0;
                int j = (int) i;
                do {
                    Object k = table[j];
                    long h = hashes[j];
                    if (k == null && h == 0) {
                        if (freeSlot >= 0) {
                            used++;
                            keys[freeSlot] = key;
                            hashes[freeSlot] = hash;
                            return;
                        }
                        fill++;
                        used++;
                        keys[j] = key;
                        hashes[j] = hash;
                        if ((long) fill * 5 < m * 3) return;
                        resize(used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (h == hash) {
                        if (k == key || (k instanceof String s && key instanceof String t && s.equals(t))) return;
                        boolean eq = Ops.eq(k, key);
                        if (eq) return;
                        if (table != keys || table[j] != k) continue restart;
                        m = mask;
                    } else if (h == -1) {
                        freeSlot = j; // CPython reuses the last dummy seen on the probe path
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & m;
            }
        }
    }

    /** Inserts a key known to be absent into a table without dummies (no comparisons). */
    private static void insertClean(Object[] table, long[] tableHashes, int mask, Object key, long hash) {
        long perturb = hash;
        long i = hash & mask;
        while (true) {
            int j = (int) i;
            if (table[j] == null) {
                table[j] = key;
                tableHashes[j] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int p = 0; p < LINEAR_PROBES; p++) {
                    j++;
                    if (table[j] == null) {
                        table[j] = key;
                        tableHashes[j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /** Rebuilds the table with the smallest power-of-two size above {@code minUsed}, dropping dummies. */
    private void resize(long minUsed) {
        long newSize = MIN_SIZE;
        while (newSize <= minUsed) newSize <<= 1;
        if (newSize > (1 << 30)) throw org.pyjit.runtime.exceptions.Errors.withArgs(
                org.pyjit.runtime.exceptions.ExceptionTypes.MEMORY_ERROR);
        if (newSize == MIN_SIZE && keys.length == MIN_SIZE && fill == used) return; // nothing to purge
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[(int) newSize];
        hashes = new long[(int) newSize];
        mask = (int) newSize - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            Object k = oldKeys[j];
            if (k != null && k != DUMMY) insertClean(keys, hashes, mask, k, oldHashes[j]);
        }
        fill = used;
    }

    // ------------------------------------------------------------------ removal

    /** Removes {@code key}; returns whether it was present. */
    public final boolean discard(Object key) {
        return discard(key, Ops.hash(key));
    }

    public final boolean discard(Object key, long hash) {
        int j = lookup(key, hash);
        if (j < 0) return false;
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** Removes and returns an element as CPython's {@code set.pop} picks it, or null when empty. */
    public final Object pop() {
        if (used == 0) return null;
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j++;
            if (j > mask) j = 0;
        }
        Object key = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return key;
    }

    public final void clear() {
        emptyToMinSize();
    }

    /** After many removals: CPython purges dummies when more than a quarter of the table holds them. */
    public final void compactAfterRemovals() {
        if (fill - used <= mask / 4) return;
        resize(used > 50000 ? used * 2 : used * 4);
    }

    // ------------------------------------------------------------------ bulk

    /** {@code set_merge}: adds every element of {@code other}, reproducing CPython's fast paths. */
    public final void merge(PySet other) {
        if (other == this || other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((long) (used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.keys, 0, keys, 0, other.keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, other.hashes.length);
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j <= other.mask; j++) {
                Object k = other.keys[j];
                if (k != null && k != DUMMY) insertClean(keys, hashes, mask, k, other.hashes[j]);
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            Object k = other.keys[j];
            if (k != null && k != DUMMY) add(k, other.hashes[j]);
        }
    }

    /** {@code set_update_internal}: adds the elements of any iterable (set and dict fast paths as CPython). */
    public final void update(Object iterable) {
        if (iterable instanceof PySet s) {
            merge(s);
            return;
        }
        if (iterable instanceof PyDict d && d.type == BuiltinTypes.DICT) {
            int n = d.size();
            if ((long) (fill + n) * 5 >= (long) mask * 3) resize((long) (used + n) * 2);
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) add(d.keyAt(e), d.hashAt(e));
            return;
        }
        Object it = Ops.iter(iterable);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) add(k);
    }

    /** Exchanges the contents of two sets ({@code set_swap_bodies}), used by the in-place operations. */
    public final void swapBodies(PySet other) {
        Object[] k = keys; keys = other.keys; other.keys = k;
        long[] h = hashes; hashes = other.hashes; other.hashes = h;
        int t = mask; mask = other.mask; other.mask = t;
        t = fill; fill = other.fill; other.fill = t;
        t = used; used = other.used; other.used = t;
        if (isFrozen() && other.isFrozen()) {
            long c = cachedHash; cachedHash = other.cachedHash; other.cachedHash = c;
        } else {
            cachedHash = -1;
            other.cachedHash = -1;
        }
    }

    // ------------------------------------------------------------------ iteration

    /** The first active slot at or after {@code pos}, or -1: {@code for (i = s.nextSlot(0); i >= 0; i = s.nextSlot(i + 1))}. */
    public final int nextSlot(int pos) {
        Object[] k = keys;
        for (int j = pos; j < k.length; j++) {
            if (k[j] != null && k[j] != DUMMY) return j;
        }
        return -1;
    }

    public final Object keyAt(int slot) {
        return keys[slot];
    }

    public final long hashAt(int slot) {
        return hashes[slot];
    }

    /** The elements in iteration order. */
    public final Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) out[n++] = keys[j];
        return out;
    }

    // ------------------------------------------------------------------ hashing

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** CPython's frozenset hash (order independent; cached). */
    public final long frozenHash() {
        if (cachedHash != -1) return cachedHash;
        long h = 0;
        for (int j = nextSlot(0); j >= 0; j = nextSlot(j + 1)) h ^= shuffleBits(hashes[j]);
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) h = 590923713L;
        cachedHash = h;
        return h;
    }
}
