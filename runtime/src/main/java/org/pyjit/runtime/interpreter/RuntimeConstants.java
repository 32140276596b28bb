package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.ast.BytesLiteral;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.ImaginaryLiteral;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.FrozenSetConstant;
import org.pyjit.compiler.bytecode.KeywordNames;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/** Turns a code object's compile-time constants into runtime values, once per code object. */
final class RuntimeConstants {
    private RuntimeConstants() {}

    static Object[] of(CodeObject code) {
        Object[] rc = code.runtimeConstants;
        if (rc != null) return rc;
        Object[] src = code.consts;
        rc = new Object[src.length];
        for (int i = 0; i < src.length; i++) rc[i] = convert(src[i]);
        code.runtimeConstants = rc;
        return rc;
    }

    private static Object convert(Object c) {
        return switch (c) {
            case ConstantSingleton s -> s == ConstantSingleton.NONE ? PyNone.NONE : BuiltinTypes.ELLIPSIS;
            case BytesLiteral b -> new PyBytes(b.bytes());
            case ImaginaryLiteral im -> Ops.call(BuiltinTypes.COMPLEX, 0.0, im.imag());
            case KeywordNames k -> k.names();
            case FrozenSetConstant f -> {
                Object[] values = new Object[f.elements().length];
                for (int i = 0; i < values.length; i++) values[i] = convert(f.elements()[i]);
                yield org.pyjit.runtime.objects.PySet.constantFrozenset(values);
            }
            default -> c;
        };
    }
}
