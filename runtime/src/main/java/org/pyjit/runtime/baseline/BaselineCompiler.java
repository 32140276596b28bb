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

    /** Bumped when generated code or its stored form changes meaning (part of a cached class file's key). */
    public static final int VERSION = 5;

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

    /**
     * A generated class file, the number of inline-cache sites in it and the length of its {@code body}
     * method's code (stored with it, so a cached class is checked against the JIT's limit without parsing it).
     */
    public record Generated(byte[] bytes, int sites, int bodyLength) {}

    /** Compiles and loads {@code code}'s baseline class. */
    public static Loaded compile(CodeObject code) throws NotCompilable {
        return load(code, generateClass(code));
    }

    /** Defines {@code generated} (made by {@link #generateClass} for {@code code}, now or in an earlier run) and loads it. */
    public static Loaded load(CodeObject code, Generated generated) throws NotCompilable {
        byte[] bytes = generated.bytes();
        int limit = BaselineOptions.mode() == BaselineOptions.Mode.ALWAYS ? JVM_METHOD_LIMIT : JIT_METHOD_LIMIT;
        if (generated.bodyLength() > limit) throw new NotCompilable("generated method too long");
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

    /** The class file of {@code code}'s baseline class, its site count and body length; depends on nothing but {@code code}. */
    public static Generated generateClass(CodeObject code) throws NotCompilable {
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
            return new Generated(bytes, sites[0], bodyLength(bytes));
        } catch (IllegalArgumentException e) { // e.g. a method past the JVM's 64 KiB limit
            throw new NotCompilable(e.getMessage());
        }
    }

    /** Length in bytes of the generated {@code body} method (once, when it is generated). */
    private static int bodyLength(byte[] bytes) {
        for (java.lang.classfile.MethodModel mm : ClassFile.of().parse(bytes).methods()) {
            if (mm.methodName().equalsString("body")) {
                return mm.findAttribute(java.lang.classfile.Attributes.code())
                        .map(java.lang.classfile.attribute.CodeAttribute::codeLength).orElse(0);
            }
        }
        return 0;
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
