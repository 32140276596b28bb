package org.pyjit.runtime.baseline;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_void;
import static java.lang.constant.ConstantDescs.INIT_NAME;
import static java.lang.constant.ConstantDescs.MTD_void;
import static org.pyjit.runtime.baseline.JvmTypes.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.constant.ClassDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import java.util.List;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.interpreter.Tier1Support;

/**
 * The baseline (tier-1) compiler: translates one code object's register bytecode into one JVM
 * hidden class, built with the JDK's ClassFile API and defined unloadable (it is collected with
 * the code object once nothing runs it). The class's constants (the code's runtime constants)
 * are its class data, loaded by dynamic constants, so the JIT sees them as constants.
 */
public final class BaselineCompiler {
    private BaselineCompiler() {}

    /** Bumped when generated code changes meaning (part of a cached class file's key). */
    public static final int VERSION = 3;

    /** HotSpot does not JIT-compile methods longer than this (HugeMethodLimit): such code would run slower than tier 0. */
    static final int JIT_METHOD_LIMIT = 8000;
    /** The JVM's own limit on a method's code length. */
    static final int JVM_METHOD_LIMIT = 65535;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final ClassFile CLASS_FILE = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.ofClassLoading(BaselineCompiler.class.getClassLoader())));

    /** The code object cannot be compiled (too large, malformed); it stays in the interpreter. */
    public static final class NotCompilable extends Exception {
        NotCompilable(String why) {
            super(why, null, false, false);
        }
    }

    /** A loaded baseline class: its instance, and a handle {@code (Frame, ThreadState) Object} on its static body. */
    public record Loaded(CompiledCode code, java.lang.invoke.MethodHandle body) {}

    /** A generated class file and the number of inline-cache sites in it. */
    public record Generated(byte[] bytes, int sites) {}

    /** Compiles and loads {@code code}'s baseline class. */
    public static Loaded compile(CodeObject code) throws NotCompilable {
        return load(code, generateCounted(code));
    }

    /** Defines {@code generated} (made by {@link #generateClass} for {@code code}, now or in an earlier run) and loads it. */
    public static Loaded load(CodeObject code, Generated generated) throws NotCompilable {
        byte[] bytes = generated.bytes();
        int limit = BaselineOptions.mode() == BaselineOptions.Mode.ALWAYS ? JVM_METHOD_LIMIT : JIT_METHOD_LIMIT;
        if (bodyLength(bytes) > limit) throw new NotCompilable("generated method too long");
        try {
            List<Object> data = new java.util.ArrayList<>(Arrays.asList(Tier1Support.constants(code)));
            data.add(code); // last: the code object, for the bootstraps to register their sites with
            data = java.util.Collections.unmodifiableList(data);
            MethodHandles.Lookup hidden = LOOKUP.defineHiddenClassWithClassData(bytes, data, true);
            CompiledCode instance = (CompiledCode) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
            java.lang.invoke.MethodHandle body = hidden.findStatic(hidden.lookupClass(), "body",
                    MethodType.methodType(Object.class, org.pyjit.runtime.interpreter.Frame.class,
                            org.pyjit.runtime.interpreter.ThreadState.class));
            BaselineStats.sitesEmitted(generated.sites());
            return new Loaded(instance, body);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("loading baseline class of " + code.qualname, t);
        }
    }

    /** The code object a baseline class was compiled from (the last element of its class data). */
    public static CodeObject codeOf(MethodHandles.Lookup baselineClass) {
        try {
            List<?> data = MethodHandles.classData(baselineClass, java.lang.constant.ConstantDescs.DEFAULT_NAME, List.class);
            return (CodeObject) data.get(data.size() - 1);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class file of {@code code}'s baseline class. */
    public static byte[] generate(CodeObject code) throws NotCompilable {
        return generateCounted(code).bytes();
    }

    /** The class file of {@code code}'s baseline class and its site count; depends on nothing but {@code code}. */
    public static Generated generateClass(CodeObject code) throws NotCompilable {
        return generateCounted(code);
    }

    private static Generated generateCounted(CodeObject code) throws NotCompilable {
        ClassDesc self = ClassDesc.of("org.pyjit.runtime.baseline.Tier1$" + javaName(code.qualname));
        int[] sites = {0};
        try {
            byte[] bytes = CLASS_FILE.build(self, clb -> {
                clb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
                clb.withInterfaceSymbols(COMPILED_CODE);
                clb.withMethodBody(INIT_NAME, MTD_void, ClassFile.ACC_PUBLIC,
                        cob -> cob.aload(0).invokespecial(CD_Object, INIT_NAME, MTD_void).return_());
                clb.withMethodBody("run", RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL,
                        cob -> cob.aload(1).aload(2).invokestatic(self, "body", RUN).areturn());
                clb.withMethodBody("body", RUN, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, cob -> {
                    MethodEmitter emitter = new MethodEmitter(code, cob, self);
                    emitter.emit();
                    sites[0] = emitter.sites;
                });
            });
            return new Generated(bytes, sites[0]);
        } catch (IllegalArgumentException e) { // e.g. a method past the JVM's 64 KiB limit
            throw new NotCompilable(e.getMessage());
        }
    }

    /**
     * Length in bytes of the generated {@code body} method, read straight from the class file's
     * bytes (every cached class is checked as it loads: a full ClassFile-API parse made the JDK's
     * class-file reader hot enough for C2 to compile it in short runs). Malformed bytes give
     * {@link Integer#MAX_VALUE}, so the class is not loaded.
     */
    static int bodyLength(byte[] bytes) {
        try {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
            b.position(8); // magic, minor and major version
            int count = b.getShort() & 0xFFFF;
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = b.get();
                switch (tag) {
                    case 1 -> {
                        int len = b.getShort() & 0xFFFF;
                        if (len == 4 || len == 5) utf8[i] = new String(bytes, b.position(), len, java.nio.charset.StandardCharsets.UTF_8);
                        b.position(b.position() + len);
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> b.position(b.position() + 4);
                    case 5, 6 -> {
                        b.position(b.position() + 8);
                        i++; // two slots
                    }
                    case 7, 8, 16, 19, 20 -> b.position(b.position() + 2);
                    case 15 -> b.position(b.position() + 3);
                    default -> {
                        return Integer.MAX_VALUE;
                    }
                }
            }
            b.position(b.position() + 6); // access flags, this class, super class
            int interfaces = b.getShort() & 0xFFFF;
            b.position(b.position() + 2 * interfaces);
            skipMembers(b);
            int methods = b.getShort() & 0xFFFF;
            for (int m = 0; m < methods; m++) {
                b.position(b.position() + 2);
                boolean isBody = "body".equals(utf8[b.getShort() & 0xFFFF]);
                b.position(b.position() + 2);
                int attributes = b.getShort() & 0xFFFF;
                for (int a = 0; a < attributes; a++) {
                    String name = utf8[b.getShort() & 0xFFFF];
                    int len = b.getInt();
                    if (isBody && "Code".equals(name)) return b.getInt(b.position() + 4);
                    b.position(b.position() + len);
                }
            }
            return 0;
        } catch (RuntimeException e) { // truncated or malformed
            return Integer.MAX_VALUE;
        }
    }

    /** Skips a class file's fields. */
    private static void skipMembers(java.nio.ByteBuffer b) {
        int n = b.getShort() & 0xFFFF;
        for (int i = 0; i < n; i++) {
            b.position(b.position() + 6);
            int attributes = b.getShort() & 0xFFFF;
            for (int a = 0; a < attributes; a++) {
                b.position(b.position() + 2);
                int len = b.getInt();
                b.position(b.position() + len);
            }
        }
    }

    /** A JVM class-name-safe rendering of a qualified name. */
    static String javaName(String qualname) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < qualname.length() && sb.length() < 60; i++) {
            char ch = qualname.charAt(i);
            sb.append(Character.isJavaIdentifierPart(ch) && ch < 128 ? ch : '_');
        }
        return sb.isEmpty() ? "_" : sb.toString();
    }
}
