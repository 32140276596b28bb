package org.pyjit.runtime.modules.random;

import java.math.BigInteger;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.IntArith;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code _random} module: {@code Random} with CPython's seeding (an int's absolute value as
 * little-endian 32-bit words, another object's hash), {@code random()}, {@code getrandbits()} and
 * the 625-item state, so {@code random.seed(x)} gives the numbers CPython gives.
 */
public final class RandomModule {
    private RandomModule() {}

    /** An instance: the generator plus the program's attributes (random.Random subclasses it). */
    static final class Generator extends PyObject {
        final MersenneTwister mt = new MersenneTwister();

        Generator(PyType t) {
            super(t);
        }
    }

    static final PyType RANDOM = BuiltinTypes.make("Random", BuiltinTypes.OBJECT, Generator::new);
    private static boolean installed;

    private static synchronized void install() {
        if (installed) return;
        installed = true;
        PyType t = RANDOM;
        t.namespace.putStr("__module__", "_random");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            PyType cls = (PyType) a[0];
            if (cls == RANDOM && kw != null && kw.length > 0) throw Errors.typeError("Random() takes no keyword arguments");
            if (cls == RANDOM && a.length > 2) throw Errors.typeError("Random expected at most 1 argument, got " + (a.length - 1));
            Generator g = (Generator) cls.instanceFactory.apply(cls);
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos > 1) seed(g, a[1]);
            else g.mt.initByArray(new int[] {(int) System.nanoTime(), (int) (System.nanoTime() >>> 32), (int) ProcessHandle.current().pid()});
            return g;
        }));
        m(t, "random", 0, 0, a -> ((Generator) a[0]).mt.nextDouble());
        m(t, "seed", 0, 1, a -> {
            seed((Generator) a[0], a.length > 1 ? a[1] : PyNone.NONE);
            return PyNone.NONE;
        });
        m(t, "getrandbits", 1, 1, a -> getrandbits((Generator) a[0], Ops.index(a[1])));
        m(t, "getstate", 0, 0, a -> {
            MersenneTwister mt = ((Generator) a[0]).mt;
            Object[] st = new Object[MersenneTwister.N + 1];
            for (int i = 0; i < MersenneTwister.N; i++) st[i] = Integer.toUnsignedLong(mt.mt[i]);
            st[MersenneTwister.N] = (long) mt.index;
            return new PyTuple(st);
        });
        m(t, "setstate", 1, 1, a -> {
            if (!(a[1] instanceof PyTuple st)) throw Errors.typeError("state vector must be a tuple");
            if (st.items.length != MersenneTwister.N + 1) throw Errors.valueError("state vector is the wrong size");
            MersenneTwister mt = ((Generator) a[0]).mt;
            int[] words = new int[MersenneTwister.N];
            for (int i = 0; i < MersenneTwister.N; i++) words[i] = (int) Ops.index(IntArith.normalize(toBig(st.items[i]).and(MASK32)));
            long index = Ops.index(st.items[MersenneTwister.N]);
            if (index < 0 || index > MersenneTwister.N) throw Errors.valueError("invalid state");
            System.arraycopy(words, 0, mt.mt, 0, words.length);
            mt.index = (int) index;
            return PyNone.NONE;
        });
    }

    private static final BigInteger MASK32 = BigInteger.valueOf(0xffffffffL);

    private static BigInteger toBig(Object o) {
        Object v = Ops.indexOrNull(o);
        if (v == null) throw Errors.typeError("state vector items must be integers");
        return v instanceof BigInteger b ? b : BigInteger.valueOf((Long) v);
    }

    public static PyModule create() {
        install();
        PyModule m = new PyModule("_random");
        m.dict.putStr("__doc__", "Module implements the Mersenne Twister random number generator.");
        m.dict.putStr("Random", RANDOM);
        return m;
    }

    private static void m(PyType t, String name, int min, int max, PyBuiltinFunction.Positional body) {
        t.namespace.putStr(name, PyMethodDescriptor.positional(t, name, min, max, body));
    }

    /** CPython's random_seed: None from the OS, an int by its absolute value, anything else by its hash. */
    static void seed(Generator g, Object arg) {
        if (arg == PyNone.NONE) {
            byte[] b = new byte[MersenneTwister.N * 4];
            try (java.io.InputStream in = new java.io.FileInputStream("/dev/urandom")) {
                int off = 0;
                while (off < b.length) {
                    int n = in.read(b, off, b.length - off);
                    if (n < 0) break;
                    off += n;
                }
            } catch (java.io.IOException e) {
                new java.security.SecureRandom().nextBytes(b);
            }
            int[] key = new int[MersenneTwister.N];
            for (int i = 0; i < key.length; i++) {
                key[i] = (b[4 * i] & 0xff) | (b[4 * i + 1] & 0xff) << 8 | (b[4 * i + 2] & 0xff) << 16 | (b[4 * i + 3] & 0xff) << 24;
            }
            g.mt.initByArray(key);
            return;
        }
        BigInteger n;
        if (arg instanceof Long || arg instanceof BigInteger || arg instanceof Boolean) {
            n = toBig(arg).abs();
        } else {
            long h = Ops.hash(arg);
            n = new BigInteger(Long.toUnsignedString(h));
        }
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) key[i] = n.shiftRight(32 * i).intValue();
        g.mt.initByArray(key);
    }

    static Object getrandbits(Generator g, long k) {
        if (k < 0) throw Errors.valueError("number of bits must be non-negative");
        if (k == 0) return 0L;
        if (k <= 32) return Integer.toUnsignedLong(g.mt.next32()) >>> (32 - k);
        int words = (int) ((k - 1) / 32 + 1);
        byte[] le = new byte[words * 4];
        long left = k;
        for (int i = 0; i < words; i++, left -= 32) {
            int r = g.mt.next32();
            if (left < 32) r >>>= (32 - left);
            le[4 * i] = (byte) r;
            le[4 * i + 1] = (byte) (r >>> 8);
            le[4 * i + 2] = (byte) (r >>> 16);
            le[4 * i + 3] = (byte) (r >>> 24);
        }
        byte[] be = new byte[le.length + 1];
        for (int i = 0; i < le.length; i++) be[be.length - 1 - i] = le[i];
        return IntArith.normalize(new BigInteger(be));
    }
}
