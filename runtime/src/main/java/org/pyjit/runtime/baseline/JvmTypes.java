package org.pyjit.runtime.baseline;

import static java.lang.constant.ConstantDescs.CD_Object;

import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;

/** The JVM type descriptors the baseline compiler's generated code refers to. */
final class JvmTypes {
    private JvmTypes() {}

    static final ClassDesc FRAME = desc(org.pyjit.runtime.interpreter.Frame.class);
    static final ClassDesc THREAD_STATE = desc(org.pyjit.runtime.interpreter.ThreadState.class);
    static final ClassDesc OBJECT_ARRAY = CD_Object.arrayType();
    static final ClassDesc COMPILED_CODE = desc(CompiledCode.class);
    static final ClassDesc TIER1_OPS = desc(Tier1Ops.class);
    static final ClassDesc STR_ACCUMULATOR = desc(org.pyjit.runtime.types.string.StrAccumulator.class);
    static final ClassDesc TIER1_SUPPORT = desc(org.pyjit.runtime.interpreter.Tier1Support.class);
    static final ClassDesc GLOBAL_LOCK = desc(org.pyjit.runtime.interpreter.GlobalInterpreterLock.class);
    static final ClassDesc TIER_POLICY = desc(TierPolicy.class);
    static final ClassDesc NATIVE_TIER = desc(org.pyjit.runtime.nativecode.NativeTier.class);
    static final ClassDesc OPS = desc(org.pyjit.runtime.ops.Ops.class);
    static final ClassDesc IMPORT_SYSTEM = desc(org.pyjit.runtime.imports.ImportSystem.class);
    static final ClassDesc PY_EXCEPTION = desc(org.pyjit.runtime.exceptions.PyException.class);
    static final ClassDesc STACK_OVERFLOW = desc(StackOverflowError.class);
    static final ClassDesc RUNTIME_EXCEPTION = desc(RuntimeException.class);

    /** {@code Object run(Frame, ThreadState)}: the compiled method and the interface method. */
    static final MethodTypeDesc RUN = MethodTypeDesc.of(CD_Object, FRAME, THREAD_STATE);

    static ClassDesc desc(Class<?> c) {
        return c.describeConstable().orElseThrow();
    }

    /** A method type from a return type and parameter types. */
    static MethodTypeDesc mt(ClassDesc ret, ClassDesc... params) {
        return MethodTypeDesc.of(ret, params);
    }

    /** Element {@code index} of the hidden class's class data (a List), as a loadable constant. */
    static DynamicConstantDesc<Object> classDataAt(int index) {
        return DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, CD_Object, index);
    }
}
