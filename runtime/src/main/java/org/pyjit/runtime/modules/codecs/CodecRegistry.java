package org.pyjit.runtime.modules.codecs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;

/**
 * Python's codec registry: search functions ({@code codecs.register}) asked in order for a
 * normalized encoding name, with the results cached. The first lookup imports the
 * {@code encodings} package, which registers the library's search function, as CPython does at
 * start-up.
 */
final class CodecRegistry {
    private CodecRegistry() {}

    private static final List<Object> SEARCH = new ArrayList<>();
    private static final ConcurrentHashMap<String, Object> CACHE = new ConcurrentHashMap<>();
    private static volatile boolean encodingsImported;

    /**
     * Forgets the search functions and looked-up codecs: each program gets its own registry, as it
     * gets its own {@code _codecs} module (a codec found by an earlier program in this JVM belongs to
     * that program's modules).
     */
    static synchronized void reset() {
        SEARCH.clear();
        CACHE.clear();
        encodingsImported = false;
    }

    static synchronized void register(Object search) {
        if (!Ops.isCallable(search)) throw Errors.typeError("argument must be callable");
        SEARCH.add(search);
    }

    static synchronized void unregister(Object search) {
        SEARCH.remove(search);
        CACHE.clear();
    }

    static void forget(String encoding) {
        CACHE.remove(normalize(encoding));
    }

    /** Lower case, spaces and hyphens as underscores (CPython 3.11's normalizestring). */
    static String normalize(String encoding) {
        return encoding.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    static Object lookup(Object encodingArg) {
        String encoding = str(encodingArg, "lookup() argument must be str");
        String key = normalize(encoding);
        Object hit = CACHE.get(key);
        if (hit != null) return hit;
        if (!encodingsImported) {
            encodingsImported = true;
            ImportSystem.importModule("encodings");
        }
        Object[] functions;
        synchronized (CodecRegistry.class) {
            functions = SEARCH.toArray();
        }
        for (Object f : functions) {
            Object r = Ops.call(f, key);
            if (r == PyNone.NONE) continue;
            if (!(r instanceof PyTuple t) || t.items.length != 4) {
                throw Errors.typeError("codec search functions must return 4-tuples");
            }
            CACHE.put(key, r);
            return r;
        }
        throw Errors.of(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }

    static String str(Object o, String message) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        throw Errors.typeError(message);
    }
}
