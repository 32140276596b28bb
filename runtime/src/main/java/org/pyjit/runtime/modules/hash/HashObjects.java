package org.pyjit.runtime.modules.hash;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The hash modules whose algorithms the JDK lacks, on hashes written here: {@code _sha3}
 * ({@code sha3_224}..{@code sha3_512}, {@code shake_128}/{@code shake_256} with
 * {@code digest(length)}) and {@code _blake2} ({@code blake2b}, {@code blake2s} with key, salt,
 * person and tree parameters). Each algorithm is a type, as in CPython, so it can be subclassed.
 */
public final class HashObjects {
    private HashObjects() {}

    /** A hash object: its engine and what {@code name}/{@code digest_size} report. */
    static final class HashObject extends PyObject {
        DigestEngine engine;
        String name;
        int digestSize;

        HashObject(PyType type) {
            super(type);
        }
    }

    /** Makes {@code name}'s type; {@code xof}: digest and hexdigest take the output length. */
    private static PyType hashType(String name, String module, int blockSize, boolean xof, PyBuiltinFunction.Positional make) {
        PyType t = BuiltinTypes.make(name, BuiltinTypes.OBJECT, HashObject::new);
        t.namespace.putStr("__module__", module);
        t.namespace.putStr("update", PyMethodDescriptor.positional(t, "update", 1, 1, a -> {
            ((HashObject) a[0]).engine.update(data(a[1]));
            return PyNone.NONE;
        }));
        int args = xof ? 1 : 0;
        t.namespace.putStr("digest", PyMethodDescriptor.positional(t, "digest", args, args, a -> new PyBytes(digest(a))));
        t.namespace.putStr("hexdigest", PyMethodDescriptor.positional(t, "hexdigest", args, args, a -> hex(digest(a))));
        t.namespace.putStr("copy", PyMethodDescriptor.positional(t, "copy", 0, 0, a -> {
            HashObject h = (HashObject) a[0];
            HashObject c = new HashObject(Ops.typeOf(h));
            c.engine = h.engine.copy();
            c.name = h.name;
            c.digestSize = h.digestSize;
            return c;
        }));
        t.namespace.putStr("name", new PyGetSetDescriptor(t, "name", o -> ((HashObject) o).name, null));
        t.namespace.putStr("digest_size", new PyGetSetDescriptor(t, "digest_size", o -> (long) ((HashObject) o).digestSize, null));
        t.namespace.putStr("block_size", new PyGetSetDescriptor(t, "block_size", o -> (long) blockSize, null));
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            Object[] withKw = new Object[a.length + 1];
            System.arraycopy(a, 0, withKw, 0, a.length);
            withKw[a.length] = kw;
            return make.call(withKw);
        }));
        return t;
    }

    private static byte[] digest(Object[] a) {
        HashObject h = (HashObject) a[0];
        int length = 0;
        if (a.length > 1) {
            long n = Ops.index(a[1]);
            if (n < 0) throw Errors.valueError("length must be non-negative");
            if (n >= 1L << 29) throw Errors.valueError("length is too large");
            length = (int) n;
        }
        return h.engine.digest(length);
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) s.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        return s.toString();
    }

    static byte[] data(Object o) {
        byte[] buffer = Buffers.bytesOrNull(o);
        if (buffer != null) return buffer;
        if (o instanceof String || (o instanceof PyBoxed b && b.value instanceof String)) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    /** The arguments of {@code __new__}: {@code [cls, args..., kwnames]}, split back. */
    private static Object[] parse(ArgParser p, Object[] withKw) {
        String[] kw = (String[]) withKw[withKw.length - 1];
        Object[] args = java.util.Arrays.copyOf(withKw, withKw.length - 1);
        return p.parse(args, kw, 1);
    }

    /** The {@code _sha3} module. */
    public static PyModule sha3() {
        PyModule m = new PyModule("_sha3");
        int[][] fixed = {{224, 144}, {256, 136}, {384, 104}, {512, 72}};
        for (int[] f : fixed) {
            String name = "sha3_" + f[0];
            ArgParser p = new ArgParser(name, new String[] {"data", "usedforsecurity"}, 1, 1, 0);
            PyType[] self = new PyType[1];
            self[0] = hashType(name, "_sha3", f[1], false, a -> {
                Object[] v = parse(p, a);
                HashObject h = new HashObject((PyType) a[0]);
                h.engine = new Keccak(f[1], (byte) 0x06, f[0] / 8);
                h.name = name;
                h.digestSize = f[0] / 8;
                if (v[0] != null) h.engine.update(data(v[0]));
                return h;
            });
            sha3Attributes(self[0], f[1], (byte) 0x06);
            m.dict.putStr(name, self[0]);
        }
        int[][] shakes = {{128, 168}, {256, 136}};
        for (int[] f : shakes) {
            String name = "shake_" + f[0];
            ArgParser p = new ArgParser(name, new String[] {"data", "usedforsecurity"}, 1, 1, 0);
            PyType shake = hashType(name, "_sha3", f[1], true, a -> {
                Object[] v = parse(p, a);
                HashObject h = new HashObject((PyType) a[0]);
                h.engine = new Keccak(f[1], (byte) 0x1f, -1);
                h.name = name;
                h.digestSize = 0;
                if (v[0] != null) h.engine.update(data(v[0]));
                return h;
            });
            sha3Attributes(shake, f[1], (byte) 0x1f);
            m.dict.putStr(name, shake);
        }
        m.dict.putStr("implementation", "pyjit");
        m.dict.putStr("keccakopt", 64L);
        return m;
    }

    /** The Keccak parameters CPython's {@code _sha3} objects show: {@code _capacity_bits}, {@code _rate_bits}, {@code _suffix}. */
    private static void sha3Attributes(PyType t, int rateBytes, byte suffix) {
        t.namespace.putStr("_rate_bits", new PyGetSetDescriptor(t, "_rate_bits", o -> (long) rateBytes * 8, null));
        t.namespace.putStr("_capacity_bits", new PyGetSetDescriptor(t, "_capacity_bits", o -> 1600L - rateBytes * 8L, null));
        t.namespace.putStr("_suffix", new PyGetSetDescriptor(t, "_suffix", o -> new PyBytes(new byte[] {suffix}), null));
    }

    /** The {@code _blake2} module. */
    public static PyModule blake2() {
        PyModule m = new PyModule("_blake2");
        for (boolean wide : new boolean[] {true, false}) {
            String name = wide ? "blake2b" : "blake2s";
            int maxDigest = wide ? 64 : 32, saltSize = wide ? 16 : 8;
            ArgParser p = new ArgParser(name, new String[] {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
                "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}, 1, 1, 0);
            PyType t = hashType(name, "_blake2", wide ? 128 : 64, false, a -> {
                Object[] v = parse(p, a);
                Blake2.Params params = blake2Params(wide, v, maxDigest, saltSize);
                HashObject h = new HashObject((PyType) a[0]);
                h.engine = new Blake2(params);
                h.name = name;
                h.digestSize = params.digestSize();
                if (v[0] != null) h.engine.update(data(v[0]));
                return h;
            });
            t.namespace.putStr("SALT_SIZE", (long) saltSize);
            t.namespace.putStr("PERSON_SIZE", (long) saltSize);
            t.namespace.putStr("MAX_KEY_SIZE", (long) maxDigest);
            t.namespace.putStr("MAX_DIGEST_SIZE", (long) maxDigest);
            m.dict.putStr(name, t);
            String prefix = wide ? "BLAKE2B_" : "BLAKE2S_";
            m.dict.putStr(prefix + "SALT_SIZE", (long) saltSize);
            m.dict.putStr(prefix + "PERSON_SIZE", (long) saltSize);
            m.dict.putStr(prefix + "MAX_KEY_SIZE", (long) maxDigest);
            m.dict.putStr(prefix + "MAX_DIGEST_SIZE", (long) maxDigest);
        }
        return m;
    }

    /** An index in 0 .. 2^64-1 as the bits of a long (CPython's unsigned long long converter). */
    private static long unsigned64(Object o) {
        Object v = Ops.indexOrNull(o);
        if (v == null) throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        if (v instanceof Long l) {
            if (l < 0) throw Errors.valueError("value must be positive");
            return l;
        }
        java.math.BigInteger b = (java.math.BigInteger) v;
        if (b.signum() < 0) throw Errors.valueError("value must be positive");
        if (b.bitLength() > 64) throw Errors.overflow("int too big to convert");
        return b.longValue();
    }

    private static Blake2.Params blake2Params(boolean wide, Object[] v, int maxDigest, int saltSize) {
        int digestSize = v[1] == null ? maxDigest : (int) Ops.index(v[1]);
        if (digestSize < 1 || digestSize > maxDigest) throw Errors.valueError("digest_size must be between 1 and " + maxDigest + " bytes");
        byte[] key = v[2] == null ? new byte[0] : data(v[2]);
        if (key.length > maxDigest) throw Errors.valueError("maximum key length is " + maxDigest + " bytes");
        byte[] salt = v[3] == null ? new byte[0] : data(v[3]);
        if (salt.length > saltSize) throw Errors.valueError("maximum salt length is " + saltSize + " bytes");
        byte[] person = v[4] == null ? new byte[0] : data(v[4]);
        if (person.length > saltSize) throw Errors.valueError("maximum person length is " + saltSize + " bytes");
        int fanout = v[5] == null ? 1 : (int) Ops.index(v[5]);
        if (fanout < 0 || fanout > 255) throw Errors.valueError("fanout must be between 0 and 255");
        int depth = v[6] == null ? 1 : (int) Ops.index(v[6]);
        if (depth <= 0 || depth > 255) throw Errors.valueError("depth must be between 1 and 255");
        long leafSize = v[7] == null ? 0 : Ops.index(v[7]);
        if (leafSize < 0) throw Errors.valueError("value must be positive");
        if (leafSize > 0xffffffffL) throw Errors.overflow("leaf_size is too large");
        long nodeOffset = v[8] == null ? 0 : unsigned64(v[8]);
        if (!wide && Long.compareUnsigned(nodeOffset, 0xffffffffffffL) > 0) throw Errors.overflow("node_offset is too large");
        int nodeDepth = v[9] == null ? 0 : (int) Ops.index(v[9]);
        if (nodeDepth < 0 || nodeDepth > 255) throw Errors.valueError("node_depth must be between 0 and 255");
        int innerSize = v[10] == null ? 0 : (int) Ops.index(v[10]);
        if (innerSize < 0 || innerSize > maxDigest) throw Errors.valueError("inner_size must be between 0 and is " + maxDigest);
        boolean lastNode = v[11] != null && Ops.isTrue(v[11]);
        return new Blake2.Params(wide, digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize,
                lastNode);
    }
}
