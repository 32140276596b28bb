package org.pyjit.runtime.types;

import java.util.function.Function;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;

/**
 * The builtin types, created once per JVM. Only the bare types are made here (so class
 * initialization has no cycles); their methods are installed by {@link TypeRegistry#bootstrap()}.
 */
public final class BuiltinTypes {
    private BuiltinTypes() {}

    public static final PyType OBJECT;
    public static final PyType TYPE;

    static {
        OBJECT = new PyType(null, "object", null, PyObject::new);
        TYPE = new PyType(null, "type", OBJECT, null);
        OBJECT.type = TYPE;
        TYPE.type = TYPE;
        TYPE.instancesHaveDict = true;
    }

    public static final PyType INT = make("int", OBJECT);
    public static final PyType BOOL = make("bool", INT);
    public static final PyType FLOAT = make("float", OBJECT);
    public static final PyType COMPLEX = make("complex", OBJECT);
    public static final PyType STR = make("str", OBJECT);
    public static final PyType BYTES = make("bytes", OBJECT);
    public static final PyType BYTEARRAY = make("bytearray", OBJECT);
    public static final PyType LIST = make("list", OBJECT);
    public static final PyType TUPLE = make("tuple", OBJECT);
    public static final PyType DICT = make("dict", OBJECT);
    public static final PyType SET = make("set", OBJECT);
    public static final PyType FROZENSET = make("frozenset", OBJECT);
    public static final PyType RANGE = make("range", OBJECT);
    public static final PyType SLICE = make("slice", OBJECT);
    public static final PyType NONE_TYPE = make("NoneType", OBJECT);
    public static final PyType NOT_IMPLEMENTED_TYPE = make("NotImplementedType", OBJECT);
    public static final PyType ELLIPSIS_TYPE = make("ellipsis", OBJECT);
    public static final PyType FUNCTION = make("function", OBJECT);
    public static final PyType BUILTIN_FUNCTION = make("builtin_function_or_method", OBJECT);
    public static final PyType METHOD_DESCRIPTOR = make("method_descriptor", OBJECT);
    public static final PyType GETSET_DESCRIPTOR = make("getset_descriptor", OBJECT);
    public static final PyType METHOD = make("method", OBJECT);
    public static final PyType CELL = make("cell", OBJECT);
    public static final PyType MODULE = make("module", OBJECT);
    public static final PyType PROPERTY = make("property", OBJECT);
    public static final PyType STATICMETHOD = make("staticmethod", OBJECT);
    public static final PyType CLASSMETHOD = make("classmethod", OBJECT);
    public static final PyType TRACEBACK = make("traceback", OBJECT);
    public static final PyType CODE = make("code", OBJECT);
    public static final PyType FRAME = make("frame", OBJECT);
    public static final PyType GENERATOR = make("generator", OBJECT);
    public static final PyType COROUTINE = make("coroutine", OBJECT);
    public static final PyType SUPER = make("super", OBJECT);
    public static final PyType MAPPINGPROXY = make("mappingproxy", OBJECT);

    /** The {@code NotImplemented} singleton. */
    public static final PyObject NOT_IMPLEMENTED = new PyObject(NOT_IMPLEMENTED_TYPE);
    /** The {@code Ellipsis} ({@code ...}) singleton. */
    public static final PyObject ELLIPSIS = new PyObject(ELLIPSIS_TYPE);

    /** A builtin type with one base; instances use the base's Java layout unless a factory is set later. */
    public static PyType make(String name, PyType base) {
        return new PyType(TYPE, name, base, null);
    }

    /** A builtin type whose instances (also those of program subclasses) are made by {@code factory}. */
    public static PyType make(String name, PyType base, Function<PyType, PyObject> factory) {
        return new PyType(TYPE, name, base, factory);
    }
}
