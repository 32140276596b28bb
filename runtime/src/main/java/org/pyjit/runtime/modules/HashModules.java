package org.pyjit.runtime.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The hash modules CPython writes in C — {@code _md5}, {@code _sha1}, {@code _sha256} (sha224,
 * sha256), {@code _sha512} (sha384, sha512) — on {@link MessageDigest}: {@code update},
 * {@code digest}, {@code hexdigest}, {@code copy}, {@code name}, {@code digest_size},
 * {@code block_size}.
 */
public final class HashModules {
    private HashModules() {}

    /** One algorithm: Python name, JDK name, digest and block sizes. */
    private record Algorithm(String name, String javaName, int digestSize, int blockSize, PyType type) {}

    /** A running hash. */
    static final class Hash extends PyObject {
        final Algorithm algorithm;
        final MessageDigest digest;

        Hash(Algorithm algorithm, MessageDigest digest) {
            super(algorithm.type);
            this.algorithm = algorithm;
            this.digest = digest;
        }
    }

    private static Algorithm algorithm(String name, String javaName, int digestSize, int blockSize, String typeName) {
        PyType t = BuiltinTypes.make(typeName, BuiltinTypes.OBJECT);
        Algorithm a = new Algorithm(name, javaName, digestSize, blockSize, t);
        t.namespace.putStr("update", PyMethodDescriptor.positional(t, "update", 1, 1, x -> {
            ((Hash) x[0]).digest.update(data(x[1]));
            return PyNone.NONE;
        }));
        t.namespace.putStr("digest", PyMethodDescriptor.positional(t, "digest", 0, 0, x -> new PyBytes(current((Hash) x[0]))));
        t.namespace.putStr("hexdigest", PyMethodDescriptor.positional(t, "hexdigest", 0, 0, x -> hex(current((Hash) x[0]))));
        t.namespace.putStr("copy", PyMethodDescriptor.positional(t, "copy", 0, 0, x -> {
            try {
                return new Hash(a, (MessageDigest) ((Hash) x[0]).digest.clone());
            } catch (CloneNotSupportedException e) {
                throw Errors.valueError("cannot copy this hash object");
            }
        }));
        t.namespace.putStr("name", new PyGetSetDescriptor(t, "name", o -> a.name, null));
        t.namespace.putStr("digest_size", new PyGetSetDescriptor(t, "digest_size", o -> (long) a.digestSize, null));
        t.namespace.putStr("block_size", new PyGetSetDescriptor(t, "block_size", o -> (long) a.blockSize, null));
        return a;
    }

    private static byte[] current(Hash h) {
        try {
            return ((MessageDigest) h.digest.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw Errors.valueError("cannot read this hash object");
        }
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder(b.length * 2);
        for (byte x : b) s.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        return s.toString();
    }

    private static byte[] data(Object o) {
        byte[] buffer = Buffers.bytesOrNull(o);
        if (buffer != null) return buffer;
        if (o instanceof String || (o instanceof PyBoxed b && b.value instanceof String)) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        throw Errors.typeError("object supporting the buffer API required");
    }

    private static PyModule module(String moduleName, Algorithm... algorithms) {
        PyModule m = new PyModule(moduleName);
        for (Algorithm a : algorithms) {
            a.type.namespace.putStr("__module__", moduleName);
            ArgParser p = new ArgParser(a.name, new String[] {"string", "usedforsecurity"}, 0, 1, 0);
            m.dict.putStr(a.name, new PyBuiltinFunction(a.name, moduleName, (args, kw) -> {
                Object[] v = p.parse(args, kw, 0);
                Hash h;
                try {
                    h = new Hash(a, MessageDigest.getInstance(a.javaName));
                } catch (NoSuchAlgorithmException e) {
                    throw Errors.valueError("unsupported hash type " + a.name);
                }
                if (v[0] != null && v[0] != PyNone.NONE) h.digest.update(data(v[0]));
                return h;
            }));
            m.dict.putStr(a.name.toUpperCase(java.util.Locale.ROOT) + "Type", a.type);
        }
        return m;
    }

    public static PyModule md5() {
        return module("_md5", algorithm("md5", "MD5", 16, 64, "md5"));
    }

    public static PyModule sha1() {
        return module("_sha1", algorithm("sha1", "SHA-1", 20, 64, "sha1"));
    }

    public static PyModule sha256() {
        return module("_sha256", algorithm("sha224", "SHA-224", 28, 64, "sha224"), algorithm("sha256", "SHA-256", 32, 64, "sha256"));
    }

    public static PyModule sha512() {
        return module("_sha512", algorithm("sha384", "SHA-384", 48, 128, "sha384"), algorithm("sha512", "SHA-512", 64, 128, "sha512"));
    }

}
