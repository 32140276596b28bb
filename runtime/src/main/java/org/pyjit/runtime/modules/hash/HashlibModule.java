package org.pyjit.runtime.modules.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Supplier;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.modules.BuiltinModuleRegistry;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PySet;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * A {@code _hashlib} without OpenSSL. Its {@code new} and {@code openssl_*} constructors (CPython's
 * tests require {@code openssl_md5} and {@code openssl_sha1} wherever {@code _hashlib} imports) make
 * the hash objects of the builtin hash modules ({@code _md5}, {@code _sha256}, {@code _sha3},
 * {@code _blake2}, ...); {@code hmac_new} and {@code hmac_digest} raise
 * {@code UnsupportedDigestmodError}, so {@code hmac} uses its pure-Python HMAC. It gives
 * {@code hashlib} a native {@code pbkdf2_hmac} (CPython's pure-Python fallback warns that it is
 * deprecated) and {@code compare_digest}.
 */
public final class HashlibModule {
    private HashlibModule() {}

    private static PyType unsupported;

    private static synchronized PyType unsupportedType() {
        if (unsupported == null) {
            unsupported = new PyType(BuiltinTypes.TYPE, "UnsupportedDigestmodError", ExceptionTypes.VALUE_ERROR, null);
            unsupported.namespace.putStr("__module__", "_hashlib");
            unsupported.instancesHaveDict = true;
        }
        return unsupported;
    }

    private static PyException unsupportedDigest() {
        return new PyException(PyBaseException.create(unsupportedType(), "[digital envelope routines] unsupported"));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_hashlib");
        m.dict.putStr("UnsupportedDigestmodError", unsupportedType());
        m.dict.putStr("openssl_md_meth_names", PySet.constantFrozenset(ALGORITHMS.keySet().toArray()));
        ArgParser newArgs = new ArgParser("new", new String[] {"name", "string", "usedforsecurity"}, 0, 2, 1);
        m.dict.putStr("new", new PyBuiltinFunction("new", "_hashlib", (a, kw) -> {
            Object[] v = newArgs.parse(a, kw, 0);
            if (!(v[0] instanceof String name)) throw Errors.typeError("new() argument 'name' must be str, not " + Ops.typeName(v[0]));
            String module = ALGORITHMS.get(name.toLowerCase(java.util.Locale.ROOT));
            if (module == null) throw unsupportedDigest();
            return construct(module, name.toLowerCase(java.util.Locale.ROOT), v[1], v[2]);
        }));
        for (var e : ALGORITHMS.entrySet()) {
            if (e.getKey().startsWith("blake2")) continue; // OpenSSL's _hashlib has no openssl_blake2*: new() makes them
            String fname = "openssl_" + e.getKey();
            ArgParser p = new ArgParser(fname, new String[] {"string", "usedforsecurity"}, 0, 1, 0);
            m.dict.putStr(fname, new PyBuiltinFunction(fname, "_hashlib", (a, kw) -> {
                Object[] v = p.parse(a, kw, 0);
                return construct(e.getValue(), e.getKey(), v[0], v[1]);
            }));
        }
        for (String name : new String[] {"hmac_new", "hmac_digest"}) {
            m.dict.putStr(name, new PyBuiltinFunction(name, "_hashlib", (a, kw) -> {
                throw unsupportedDigest();
            }));
        }
        m.dict.putStr("get_fips_mode", PyBuiltinFunction.positional("get_fips_mode", "_hashlib", 0, 0, a -> 0L));
        m.dict.putStr("compare_digest", BuiltinModuleRegistry.get("_operator").dict.getStr("_compare_digest"));
        ArgParser p = new ArgParser("pbkdf2_hmac", new String[] {"hash_name", "password", "salt", "iterations", "dklen"}, 0, 5, 4);
        m.dict.putStr("pbkdf2_hmac", new PyBuiltinFunction("pbkdf2_hmac", "_hashlib", (a, kw) -> {
            Object[] v = p.parse(a, kw, 0);
            if (!(v[0] instanceof String name)) throw Errors.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not " + Ops.typeName(v[0]));
            byte[] password = buffer(v[1]), salt = buffer(v[2]);
            long iterations = Ops.index(v[3]);
            Hash hash = hash(name);
            if (iterations < 1) throw Errors.valueError("iteration value must be greater than 0.");
            if (iterations > 0xffffffffL) throw Errors.overflow("iteration value is too great.");
            long dklen = v[4] == null || v[4] == PyNone.NONE ? hash.make.get().digest(0).length : Ops.index(v[4]);
            if (dklen < 1) throw Errors.valueError("key length must be greater than 0.");
            if (dklen > Integer.MAX_VALUE) throw Errors.overflow("key length is too great.");
            return new PyBytes(pbkdf2(hash, password, salt, iterations, (int) dklen));
        }));
        return m;
    }

    /** The algorithms {@code new} and the {@code openssl_*} constructors make, and the builtin module that has each. */
    private static final java.util.Map<String, String> ALGORITHMS = new java.util.LinkedHashMap<>();

    static {
        ALGORITHMS.put("md5", "_md5");
        ALGORITHMS.put("sha1", "_sha1");
        ALGORITHMS.put("sha224", "_sha256");
        ALGORITHMS.put("sha256", "_sha256");
        ALGORITHMS.put("sha384", "_sha512");
        ALGORITHMS.put("sha512", "_sha512");
        for (String s : new String[] {"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}) ALGORITHMS.put(s, "_sha3");
        ALGORITHMS.put("blake2b", "_blake2");
        ALGORITHMS.put("blake2s", "_blake2");
    }

    /** {@code module.algorithm(data, usedforsecurity=...)}, the arguments left out that were not given. */
    private static Object construct(String module, String algorithm, Object data, Object usedForSecurity) {
        Object ctor = BuiltinModuleRegistry.get(module).dict.getStr(algorithm);
        java.util.List<Object> args = new java.util.ArrayList<>();
        if (data != null) args.add(data);
        if (usedForSecurity != null) {
            args.add(usedForSecurity);
            return Ops.callKw(ctor, args.toArray(), new String[] {"usedforsecurity"});
        }
        return Ops.call(ctor, args.toArray());
    }

    private static byte[] buffer(Object o) {
        return Buffers.bytesOf(o);
    }

    /** A hash for HMAC: its engine factory and block size. */
    private record Hash(Supplier<DigestEngine> make, int blockSize) {}

    private static Hash hash(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "md5" -> jdk("MD5", 64);
            case "sha1" -> jdk("SHA-1", 64);
            case "sha224" -> jdk("SHA-224", 64);
            case "sha256" -> jdk("SHA-256", 64);
            case "sha384" -> jdk("SHA-384", 128);
            case "sha512" -> jdk("SHA-512", 128);
            case "sha3_224" -> new Hash(() -> new Keccak(144, (byte) 6, 28), 144);
            case "sha3_256" -> new Hash(() -> new Keccak(136, (byte) 6, 32), 136);
            case "sha3_384" -> new Hash(() -> new Keccak(104, (byte) 6, 48), 104);
            case "sha3_512" -> new Hash(() -> new Keccak(72, (byte) 6, 64), 72);
            case "blake2b" -> new Hash(() -> new Blake2(blake2Defaults(true)), 128);
            case "blake2s" -> new Hash(() -> new Blake2(blake2Defaults(false)), 64);
            default -> throw unsupportedDigest();
        };
    }

    private static Blake2.Params blake2Defaults(boolean wide) {
        return new Blake2.Params(wide, wide ? 64 : 32, new byte[0], new byte[0], new byte[0], 1, 1, 0, 0, 0, 0, false);
    }

    private static Hash jdk(String algorithm, int blockSize) {
        return new Hash(() -> new JdkDigest(algorithm), blockSize);
    }

    /** A {@link MessageDigest} as a {@link DigestEngine}. */
    private record JdkDigest(MessageDigest md) implements DigestEngine {
        JdkDigest(String algorithm) {
            this(newDigest(algorithm));
        }

        private static MessageDigest newDigest(String algorithm) {
            try {
                return MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw unsupportedDigest();
            }
        }

        @Override
        public void update(byte[] data) {
            md.update(data);
        }

        @Override
        public byte[] digest(int length) {
            try {
                return ((MessageDigest) md.clone()).digest();
            } catch (CloneNotSupportedException e) {
                throw Errors.valueError("cannot read this hash object");
            }
        }

        @Override
        public DigestEngine copy() {
            try {
                return new JdkDigest((MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw Errors.valueError("cannot copy this hash object");
            }
        }
    }

    /** HMAC (RFC 2104) keyed once: the inner and outer states after the padded key. */
    private record Hmac(DigestEngine inner, DigestEngine outer) {
        static Hmac of(Hash hash, byte[] key) {
            if (key.length > hash.blockSize()) {
                DigestEngine k = hash.make().get();
                k.update(key);
                key = k.digest(0);
            }
            byte[] padded = Arrays.copyOf(key, hash.blockSize());
            byte[] ipad = new byte[padded.length], opad = new byte[padded.length];
            for (int i = 0; i < padded.length; i++) {
                ipad[i] = (byte) (padded[i] ^ 0x36);
                opad[i] = (byte) (padded[i] ^ 0x5c);
            }
            DigestEngine in = hash.make().get(), out = hash.make().get();
            in.update(ipad);
            out.update(opad);
            return new Hmac(in, out);
        }

        byte[] mac(byte[] message) {
            DigestEngine in = inner.copy(), out = outer.copy();
            in.update(message);
            out.update(in.digest(0));
            return out.digest(0);
        }
    }

    /** PBKDF2 (RFC 8018): blocks of XORed HMAC chains, truncated to {@code dklen}. */
    private static byte[] pbkdf2(Hash hash, byte[] password, byte[] salt, long iterations, int dklen) {
        Hmac prf = Hmac.of(hash, password);
        byte[] out = new byte[dklen];
        int filled = 0;
        for (int block = 1; filled < dklen; block++) {
            byte[] first = Arrays.copyOf(salt, salt.length + 4);
            first[salt.length] = (byte) (block >>> 24);
            first[salt.length + 1] = (byte) (block >>> 16);
            first[salt.length + 2] = (byte) (block >>> 8);
            first[salt.length + 3] = (byte) block;
            byte[] u = prf.mac(first);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = prf.mac(u);
                for (int j = 0; j < t.length; j++) t[j] ^= u[j];
            }
            int take = Math.min(t.length, dklen - filled);
            System.arraycopy(t, 0, out, filled, take);
            filled += take;
        }
        return out;
    }
}
