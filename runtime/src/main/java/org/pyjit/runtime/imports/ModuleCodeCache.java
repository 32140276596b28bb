package org.pyjit.runtime.imports;

import java.nio.charset.StandardCharsets;
import org.pyjit.compiler.bytecode.BytecodeCompiler;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.CodeObjectSerializer;
import org.pyjit.objcache.ArtifactKind;
import org.pyjit.objcache.BytecodeEnvironment;
import org.pyjit.objcache.CachedObject;
import org.pyjit.objcache.ObjectCache;
import org.pyjit.objcache.ObjectCacheKey;
import org.pyjit.objcache.ObjectMetadata;
import org.pyjit.runtime.cache.RuntimeCache;
import org.pyjit.runtime.stats.RuntimeStatistics;

/**
 * pyjit's {@code .pyc}: imported modules' compiled bytecode, stored in the object cache under a
 * key made of the file name, the source text and the bytecode format version (content, not
 * modification time, so an edit invalidates exactly that module).
 */
public final class ModuleCodeCache {
    private ModuleCodeCache() {}

    /**
     * The format version plus a fingerprint of the instruction set (every opcode's name and
     * operand kinds), so bytecode cached by a build with a different instruction layout is never
     * read back even when the version number was not bumped.
     */
    private static final BytecodeEnvironment ENVIRONMENT =
            new BytecodeEnvironment(BytecodeCompiler.FORMAT_VERSION + "-" + instructionSetFingerprint());

    private static String instructionSetFingerprint() {
        StringBuilder b = new StringBuilder();
        for (org.pyjit.compiler.bytecode.Opcode op : org.pyjit.compiler.bytecode.Opcode.values()) {
            b.append(op.name()).append(':').append(op.operands).append(';');
        }
        return Integer.toHexString(b.toString().hashCode());
    }

    public static CodeObject compile(String source, String filename) {
        ObjectCache cache = RuntimeCache.get();
        if (cache == null) return compileFresh(source, filename);
        byte[] input = (filename + "\0" + source).getBytes(StandardCharsets.UTF_8);
        ObjectCacheKey key = ObjectCacheKey.of(ArtifactKind.MODULE_BYTECODE, input, ENVIRONMENT);
        long t0 = System.nanoTime();
        CachedObject hit = cache.get(key).orElse(null);
        if (hit != null) {
            try {
                CodeObject code = CodeObjectSerializer.deserialize(hit.bytes());
                RuntimeStatistics.moduleCacheHit(System.nanoTime() - t0);
                return code;
            } catch (IllegalArgumentException damaged) {
                // a format we cannot read: compile again and replace it below
            }
        }
        CodeObject code = compileFresh(source, filename);
        long micros = (System.nanoTime() - t0) / 1000;
        cache.put(key, CodeObjectSerializer.serialize(code), ObjectMetadata.of("module " + filename, micros));
        return code;
    }

    private static CodeObject compileFresh(String source, String filename) {
        long t0 = System.nanoTime();
        CodeObject code = SourceCompiler.compileModule(source, filename);
        RuntimeStatistics.moduleCompiled(System.nanoTime() - t0);
        return code;
    }
}
