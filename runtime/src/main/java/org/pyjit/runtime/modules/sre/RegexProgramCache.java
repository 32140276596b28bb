package org.pyjit.runtime.modules.sre;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.CachedObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.pyjit.runtime.cache.CacheEnvironments;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.stats.RuntimeStatistics;

/**
 * Regular-expression programs in the object cache: {@code re._compiler.compile} (CPython's Python
 * code: parse the pattern, then emit the engine's code words) is wrapped so that a pattern compiled
 * in an earlier run is rebuilt from its stored words instead. Modules compile their patterns at
 * import ({@code argparse}, {@code string}, {@code json}, {@code tokenize}, ...): that was about a
 * quarter of a warm import-heavy start. Keyed by the pattern's text and type, the flags, and the
 * digest of {@code re}'s compiler sources, under the bytecode environment.
 *
 * <p>Only what cannot differ from a fresh compile is stored: ASCII patterns given as {@code str} or
 * {@code bytes}, without {@code re.DEBUG} (which prints while it compiles), and without the
 * constructs the parser warns about ({@code [[}, doubled set operators, {@code (?(}). A pattern
 * that does not compile is never stored, so its {@code re.error} comes from the compiler every time.
 * Only while the cache is open already, and at most {@link #STORES_PER_RUN} stores per run.
 */
public final class RegexProgramCache {
    private RegexProgramCache() {}

    static final int STORES_PER_RUN = 512;
    private static final int FORMAT = 1;
    private static final long DEBUG_FLAG = 128;
    private static final String[] COMPILER_FILES = {"_compiler.py", "_parser.py", "_constants.py", "_casefix.py"};
    private static final AtomicInteger STORES = new AtomicInteger();
    /** Digest of {@code re}'s compiler sources, once per run; "" when they could not be read (then nothing is cached). */
    private static volatile String compilerDigest;

    /** After {@code re._compiler} ran: wraps its {@code compile} function. */
    public static void install(PyModule compilerModule) {
        Object original = compilerModule.dict.getStr("compile");
        Object file = compilerModule.dict.getStr("__file__");
        if (original == null || !(file instanceof String f)) return;
        Path dir = Path.of(f).getParent();
        compilerModule.dict.putStr("compile", new PyBuiltinFunction("compile", "re._compiler", (args, kwnames) -> {
            if (kwnames == null || kwnames.length == 0) {
                Object done = compile(original, dir, args);
                if (done != null) return done;
            }
            return Ops.callKw(original, args, kwnames);
        }));
    }

    /** The pattern object for {@code args}, from the cache or compiled and stored; null to call the original as is. */
    private static Object compile(Object original, Path dir, Object[] args) {
        if (args.length < 1 || args.length > 2 || !RuntimeCache.isOpen()) return null;
        Object p = args[0];
        Object f = args.length == 2 ? args[1] : 0L;
        if (!(f instanceof Long flags) || (flags & DEBUG_FLAG) != 0) return null;
        String text = p instanceof String s ? s : p instanceof PyBytes b ? new String(b.toArray(), StandardCharsets.ISO_8859_1) : null;
        if (text == null || !cacheable(text)) return null;
        ObjectCache cache = RuntimeCache.get();
        String digest = digest(dir);
        if (cache == null || digest.isEmpty()) return null;
        long tk = System.nanoTime();
        ObjectCacheKey key = keyOf(digest, p instanceof String, flags, text);
        long t0 = System.nanoTime();
        RuntimeStatistics.cacheKey(t0 - tk);
        CachedObject hit = cache.get(key).orElse(null);
        RuntimeStatistics.cacheLookup(System.nanoTime() - t0);
        if (hit != null) {
            try {
                PatternObject loaded = read(p, hit.bytes());
                RuntimeStatistics.regexProgramLoaded();
                return loaded;
            } catch (IOException | RuntimeException damaged) {
                // compiled again below, and the entry replaced
            }
        }
        long c0 = System.nanoTime();
        Object compiled = Ops.callKw(original, args, null);
        if (compiled instanceof PatternObject po && STORES.incrementAndGet() <= STORES_PER_RUN) {
            byte[] bytes = write(po);
            if (bytes != null) cache.put(key, bytes, ObjectMetadata.of("regex " + abbreviate(text), (System.nanoTime() - c0) / 1000));
        }
        return compiled;
    }

    /** ASCII, and none of the constructs {@code re._parser} may warn about. */
    static boolean cacheable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) return false;
        }
        return !text.contains("[[") && !text.contains("--") && !text.contains("&&") && !text.contains("~~")
                && !text.contains("||") && !text.contains("(?(");
    }

    static ObjectCacheKey keyOf(String digest, boolean isStr, long flags, String text) {
        byte[] input = ("sre\0" + digest + "\0" + (isStr ? "str" : "bytes") + "\0" + flags + "\0" + text)
                .getBytes(StandardCharsets.UTF_8);
        return ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, input, CacheEnvironments.bytecode());
    }

    private static String digest(Path dir) {
        String d = compilerDigest;
        if (d != null) return d;
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : COMPILER_FILES) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(dir.resolve(name)));
            }
            d = HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            d = "";
        }
        compilerDigest = d;
        return d;
    }

    /** The stored form: flags, group count, code words, the group-name map in order, the index-to-name tuple. */
    static byte[] write(PatternObject po) {
        if (!(po.groupindex instanceof PyDict gi) || !(po.indexgroup instanceof PyTuple ig)) return null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeLong(po.flags);
            out.writeInt(po.groups);
            out.writeInt(po.code.length);
            for (int w : po.code) out.writeInt(w);
            out.writeInt(gi.size());
            for (int e = gi.nextEntry(0); e >= 0; e = gi.nextEntry(e + 1)) {
                if (!(gi.keyAt(e) instanceof String n) || !(gi.valueAt(e) instanceof Long index)) return null;
                out.writeUTF(n);
                out.writeLong(index);
            }
            out.writeInt(ig.items.length);
            for (Object name : ig.items) {
                if (name == PyNone.NONE) {
                    out.writeBoolean(false);
                } else if (name instanceof String n) {
                    out.writeBoolean(true);
                    out.writeUTF(n);
                } else {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static PatternObject read(Object pattern, byte[] stored) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored));
        if (in.readInt() != FORMAT) throw new IOException("unknown regex program format");
        long flags = in.readLong();
        int groups = in.readInt();
        int[] code = new int[in.readInt()];
        for (int i = 0; i < code.length; i++) code[i] = in.readInt();
        PyDict groupindex = new PyDict();
        int n = in.readInt();
        for (int i = 0; i < n; i++) groupindex.putStr(in.readUTF(), in.readLong());
        Object[] indexgroup = new Object[in.readInt()];
        for (int i = 0; i < indexgroup.length; i++) indexgroup[i] = in.readBoolean() ? in.readUTF() : PyNone.NONE;
        if (in.available() != 0) throw new IOException("trailing bytes in a regex program");
        return new PatternObject(pattern, flags, code, groups, groupindex, new PyTuple(indexgroup));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
