package org.pyjit.runtime.objects;

import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Python {@code dict}: an insertion-ordered hash table with Python equality and hashing.
 *
 * <p>Laid out like CPython's compact dict: entries in insertion order in parallel arrays, plus an
 * open-addressing index table of entry numbers. Deleted entries leave a tombstone until the next
 * resize. {@code String} keys take a fast path (no Python-level {@code __eq__} is possible).
 */
public class PyDict extends PyObject {
    private static final Object DELETED = new Object();
    private static final int EMPTY_SLOT = -1;

    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    private int[] index;
    /** Number of entries used, tombstones included. */
    private int used;
    private int size;
    /** Changes on every insertion or removal; iterators compare it. */
    public int modCount;
    /** Cells of watched str keys (see {@link KeyCell}); null until a key is watched. */
    private java.util.HashMap<String, KeyCell> keyCells;
    /** Told before any binding changes; null (the usual case) when nothing watches this dict. */
    public DictWatcher watcher;

    public PyDict() {
        this(BuiltinTypes.DICT);
    }

    public PyDict(PyType type) {
        super(type);
        clearStorage(8);
    }

    private void clearStorage(int capacity) {
        keys = new Object[capacity];
        values = new Object[capacity];
        hashes = new long[capacity];
        index = new int[capacity * 2];
        java.util.Arrays.fill(index, EMPTY_SLOT);
        used = 0;
        size = 0;
    }

    public final int size() {
        return size;
    }

    /**
     * The table's hash of a key: Python's {@code hash()}, except for str keys (and keys of a str
     * subclass that keeps str's hash), which use the JVM's cached String hash, so name lookups do not
     * recompute Python's SipHash. That is sound while nothing but a str can equal a str key: the
     * first key whose type has a {@code __hash__} written in Python (a wrapper that equals the str it
     * hashes like) turns the table to Python's hashes for good ({@link #pythonHashed}).
     */
    private long keyHash(Object key) {
        if (pythonHashed) return Ops.hash(key);
        if (key instanceof String s) return stringKeyHash(s);
        if (!(key instanceof PyObject o) || isExactTuple(key)) return Ops.hash(key);
        // one look-up of __hash__ decides the table's hash and computes Python's, as Ops.hash alone did
        Object method = o.type.lookup("__hash__");
        String s = strKeyOf(o, method);
        return s != null ? stringKeyHash(s) : Ops.hashBy(o, method);
    }

    /** The table's hash of {@code key} given its Python hash. */
    private long tableHash(Object key, long pythonHash) {
        if (pythonHashed) return pythonHash;
        if (key instanceof String s) return stringKeyHash(s);
        if (!(key instanceof PyObject o) || isExactTuple(key)) return pythonHash;
        String s = strKeyOf(o, o.type.lookup("__hash__"));
        return s != null ? stringKeyHash(s) : pythonHash;
    }

    private static boolean isExactTuple(Object key) {
        return key instanceof PyTuple t && t.type == BuiltinTypes.TUPLE;
    }

    /**
     * The table's decision for a key object (not a str, not an exact tuple) whose type's {@code __hash__}
     * is {@code method}: the str it hashes as ({@link #strValueHashedAsStr}), else null, after turning
     * the table to Python's hashes when that method is Python code.
     */
    private String strKeyOf(PyObject o, Object method) {
        String s = strValueHashedAsStr(o, method);
        if (s == null && method instanceof PyFunction) usePythonHashes();
        return s;
    }

    /** The table's hash of a str key. */
    private long strHash(String key) {
        return pythonHashed ? Ops.hashString(key) : stringKeyHash(key);
    }

    /**
     * The str a stored or looked-up key hashes as in a table of JVM str hashes: the key itself, or the
     * value of a str subclass instance whose type keeps str's {@code __hash__} (it equals that str, so
     * {@code S('a')} finds the key {@code 'a'}); else null.
     */
    private static String hashedAsStr(Object key) {
        if (key instanceof String s) return s;
        return key instanceof PyBoxed b ? strValueHashedAsStr(b, b.type.lookup("__hash__")) : null;
    }

    /** {@link #hashedAsStr} of an object whose type's {@code __hash__} is {@code method}. */
    private static String strValueHashedAsStr(PyObject o, Object method) {
        return method == StrHash.STR_HASH && o instanceof PyBoxed b && b.value instanceof String s ? s : null;
    }

    /** str's {@code __hash__}, looked up once. */
    private static final class StrHash {
        static final Object STR_HASH = BuiltinTypes.STR.lookup("__hash__");
    }

    /**
     * Whether every stored hash is Python's: set for good by the first key whose {@code __hash__} is
     * Python code (see {@link #keyHash}).
     */
    private boolean pythonHashed;

    /** Rehashes the str keys with Python's hash; from now on every key hashes by Python's {@code hash()}. */
    private void usePythonHashes() {
        for (int e = 0; e < used; e++) {
            String s = keys[e] == DELETED ? null : hashedAsStr(keys[e]);
            if (s != null) hashes[e] = Ops.hashString(s);
        }
        pythonHashed = true;
        java.util.Arrays.fill(index, EMPTY_SLOT);
        for (int e = 0; e < used; e++) if (keys[e] != DELETED) insertIndex(e, hashes[e]);
    }

    private static long stringKeyHash(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** Finds the entry number of {@code key}, or -1. */
    private int find(Object key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int e = index[i];
            if (e == EMPTY_SLOT) return -1;
            Object k = keys[e];
            if (k != DELETED && hashes[e] == hash && (k == key || keyEquals(k, key))) return e;
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private static boolean keyEquals(Object stored, Object key) {
        if (stored instanceof String s && key instanceof String t) return s.equals(t);
        return Ops.eq(stored, key);
    }

    private void insertIndex(int entry, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (index[i] != EMPTY_SLOT) {
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        index[i] = entry;
    }

    private void grow() {
        Object[] ok = keys, ov = values;
        long[] oh = hashes;
        int oldUsed = used;
        int cap = Math.max(8, Integer.highestOneBit(Math.max(size, 1) * 3) * 2);
        clearStorage(cap);
        for (int e = 0; e < oldUsed; e++) {
            if (ok[e] == DELETED) continue;
            keys[used] = ok[e];
            values[used] = ov[e];
            hashes[used] = oh[e];
            insertIndex(used, oh[e]);
            used++;
            size++;
        }
    }

    /** The value for {@code key} or null when absent. May run Python {@code __hash__}/{@code __eq__}. */
    public final Object get(Object key) {
        int e = find(key, keyHash(key));
        return e < 0 ? null : values[e];
    }

    public final Object getStr(String key) {
        int e = find(key, strHash(key));
        return e < 0 ? null : values[e];
    }

    public final boolean containsKey(Object key) {
        return find(key, keyHash(key)) >= 0;
    }

    public final void put(Object key, Object value) {
        put(key, keyHash(key), value);
    }

    public final void putStr(String key, Object value) {
        put(key, strHash(key), value);
    }

    private void put(Object key, long hash, Object value) {
        if (watcher != null) watcher.bindingChanged(key);
        int e = find(key, hash);
        if (e >= 0) {
            values[e] = value;
            if (keyCells != null) keyChanged(keys[e], value);
            return;
        }
        if (keyCells != null) keyChanged(key, value);
        if (used == keys.length) grow();
        keys[used] = key;
        values[used] = value;
        hashes[used] = hash;
        insertIndex(used, hash);
        used++;
        size++;
        modCount++;
    }

    /** Removes {@code key}; returns the old value or null when absent. */
    public final Object remove(Object key) {
        return removeEntry(find(key, keyHash(key)));
    }

    public final boolean removeStr(String key) {
        return removeEntry(find(key, strHash(key))) != null;
    }

    private Object removeEntry(int e) {
        if (e < 0) return null;
        if (watcher != null) watcher.bindingChanged(keys[e]);
        Object old = values[e];
        if (keyCells != null) keyChanged(keys[e], null);
        keys[e] = DELETED;
        values[e] = null;
        size--;
        modCount++;
        // the index slot keeps pointing at the tombstone, so probe chains stay intact
        if (size == 0) clearStorage(8);
        return old;
    }

    public final void clear() {
        if (watcher != null) watcher.bindingChanged(null);
        clearStorage(8);
        modCount++;
        if (keyCells != null) {
            for (KeyCell c : keyCells.values()) c.update(null);
        }
    }

    /**
     * The cell tracking str key {@code key} of this dict: its value follows every later insertion,
     * replacement and removal of the key (for inline caches over module namespaces).
     */
    public final KeyCell keyCell(String key) {
        if (keyCells == null) keyCells = new java.util.HashMap<>();
        KeyCell c = keyCells.get(key);
        if (c == null) {
            c = new KeyCell(key, getStr(key));
            keyCells.put(key, c);
        }
        return c;
    }

    private void keyChanged(Object key, Object value) {
        if (key instanceof String s) {
            KeyCell c = keyCells.get(s);
            if (c != null) c.update(value);
        }
    }

    /** Entry cursor: the next live entry number at or after {@code pos}, or -1 at the end. */
    public final int nextEntry(int pos) {
        for (int e = pos; e < used; e++) {
            if (keys[e] != DELETED) return e;
        }
        return -1;
    }

    public final Object keyAt(int entry) {
        return keys[entry];
    }

    public final Object valueAt(int entry) {
        return values[entry];
    }

    /** The Python hash of the key of a live entry (str keys are stored under the table's own hash). */
    public final long hashAt(int entry) {
        String s = pythonHashed ? null : hashedAsStr(keys[entry]);
        return s != null ? Ops.hashString(s) : hashes[entry];
    }

    /** Replaces the value of a live entry (the key stays). */
    public final void setValueAt(int entry, Object value) {
        if (watcher != null) watcher.bindingChanged(keys[entry]);
        values[entry] = value;
        if (keyCells != null) keyChanged(keys[entry], value);
    }

    /** Reverse entry cursor: the last live entry number at or before {@code pos}, or -1. */
    public final int prevEntry(int pos) {
        for (int e = Math.min(pos, used - 1); e >= 0; e--) {
            if (keys[e] != DELETED) return e;
        }
        return -1;
    }

    /** One past the highest entry number in use (live or deleted): where a reverse cursor starts. */
    public final int entryLimit() {
        return used;
    }

    /** The entry number of {@code key} with a known hash, or -1. */
    public final int findEntry(Object key, long hash) {
        return find(key, tableHash(key, hash));
    }

    /** The entry number of {@code key}, or -1. */
    public final int findEntry(Object key) {
        return find(key, keyHash(key));
    }

    /** Inserts or replaces with a known hash. */
    public final void putWithHash(Object key, long hash, Object value) {
        put(key, tableHash(key, hash), value);
    }

    /** Removes a live entry by number; returns its value. */
    public final Object removeAt(int entry) {
        return removeEntry(entry);
    }

    /** Removes and returns the last inserted entry as {key, value}, or null when empty. */
    public final Object[] popLast() {
        for (int e = used - 1; e >= 0; e--) {
            if (keys[e] != DELETED) {
                Object[] kv = {keys[e], values[e]};
                removeEntry(e);
                return kv;
            }
        }
        return null;
    }

    /** A shallow copy with the same type {@code dict}. */
    public final PyDict copy() {
        PyDict d = new PyDict();
        d.pythonHashed = pythonHashed;
        for (int e = nextEntry(0); e >= 0; e = nextEntry(e + 1)) d.put(keys[e], hashes[e], values[e]);
        return d;
    }

    /** Copies every entry of {@code other} into this dict. */
    public final void putAll(PyDict other) {
        for (int e = other.nextEntry(0); e >= 0; e = other.nextEntry(e + 1)) {
            Object k = other.keys[e];
            // the same table hash when both tables hash alike; else by way of the Python hash
            put(k, other.pythonHashed == pythonHashed ? other.hashes[e] : tableHash(k, other.hashAt(e)), other.values[e]);
        }
    }
}
