package org.pyjit.runtime.modules.ast;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * The {@code _ast} module: the node classes of Python's abstract grammar ({@link AbstractGrammar}),
 * which {@code ast} re-exports, and the {@code PyCF_*} compiler flags. The classes behave as
 * CPython's: mutable types in module {@code ast}, {@code _fields}/{@code _attributes}/
 * {@code __match_args__}, optional fields defaulting to {@code None} on the class, a constructor
 * taking fields positionally and anything by keyword, and {@code __reduce__} for copy and pickle.
 */
public final class AstModule {
    private AstModule() {}

    public static final long PY_CF_ONLY_AST = 0x400;
    public static final long PY_CF_TYPE_COMMENTS = 0x1000;
    public static final long PY_CF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

    private static Map<String, PyType> classes;

    /** The node classes by name, made once per JVM (the types are shared, as builtin types are). */
    static synchronized Map<String, PyType> classes() {
        if (classes == null) classes = makeClasses();
        return classes;
    }

    public static PyModule create() {
        PyModule m = new PyModule("_ast");
        PyDict d = m.dict;
        for (Map.Entry<String, PyType> e : classes().entrySet()) d.putStr(e.getKey(), e.getValue());
        d.putStr("PyCF_ONLY_AST", PY_CF_ONLY_AST);
        d.putStr("PyCF_TYPE_COMMENTS", PY_CF_TYPE_COMMENTS);
        d.putStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PY_CF_ALLOW_TOP_LEVEL_AWAIT);
        return m;
    }

    private static Map<String, PyType> makeClasses() {
        Map<String, PyType> out = new java.util.LinkedHashMap<>();
        PyType ast = makeBase();
        out.put("AST", ast);
        for (AbstractGrammar.NodeClass node : AbstractGrammar.classes()) {
            PyType type = BuiltinTypes.make(node.name(), out.get(node.base()), PyObject::new);
            type.builtin = false; // CPython's node classes are heap types: ast.py assigns Constant.n
            type.instancesHaveDict = true;
            PyDict ns = type.namespace;
            Object[] fieldNames = node.fields().stream().map(AbstractGrammar.Field::name).toArray();
            ns.putStr("_fields", new PyTuple(fieldNames));
            ns.putStr("__match_args__", new PyTuple(fieldNames));
            if (!node.attributes().isEmpty() || node.base().equals("AST")) {
                ns.putStr("_attributes", new PyTuple(node.attributes().stream().map(AbstractGrammar.Field::name).toArray()));
            }
            ns.putStr("__module__", "ast");
            ns.putStr("__doc__", node.signature());
            defaultsForOptional(ns, node.fields());
            if (node.base().equals("AST")) defaultsForOptional(ns, node.attributes());
            out.put(node.name(), type);
        }
        return out;
    }

    private static void defaultsForOptional(PyDict ns, List<AbstractGrammar.Field> fields) {
        for (AbstractGrammar.Field f : fields) {
            if (f.optional()) ns.putStr(f.name(), PyNone.NONE);
        }
    }

    private static PyType makeBase() {
        PyType t = BuiltinTypes.make("AST", BuiltinTypes.OBJECT, PyObject::new);
        t.builtin = false;
        t.instancesHaveDict = true;
        PyDict ns = t.namespace;
        ns.putStr("__module__", "ast");
        ns.putStr("__doc__", PyNone.NONE);
        ns.putStr("_fields", PyTuple.EMPTY);
        ns.putStr("_attributes", PyTuple.EMPTY);
        ns.putStr("__match_args__", PyTuple.EMPTY);
        ns.putStr("__dict__", new PyGetSetDescriptor(t, "__dict__", o -> ((PyObject) o).materializeDict(), null));
        ns.putStr("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType cls)) throw Errors.typeError("AST.__new__(X): X is not a type object");
            return new PyObject(cls);
        }));
        ns.putStr("__init__", new PyMethodDescriptor(t, "__init__", AstModule::init));
        ns.putStr("__reduce__", PyMethodDescriptor.positional(t, "__reduce__", 0, 0, a -> {
            PyObject self = (PyObject) a[0];
            return new PyTuple(new Object[] {Ops.typeOf(self), PyTuple.EMPTY, self.materializeDict()});
        }));
        return t;
    }

    /** {@code AST.__init__(self, *fields, **attributes)}. */
    private static Object init(Object[] args, String[] kwnames) {
        PyObject self = (PyObject) args[0];
        int nkw = kwnames == null ? 0 : kwnames.length;
        int positional = args.length - 1 - nkw;
        PyType type = Ops.typeOf(self);
        Object fields = Ops.getAttr(type, "_fields");
        int nfields = (int) Ops.len(fields);
        if (positional > nfields) {
            throw Errors.typeError(type.name + " constructor takes at most " + nfields + " positional argument"
                    + (nfields == 1 ? "" : "s"));
        }
        for (int i = 0; i < positional; i++) {
            Ops.setAttr(self, Ops.str(Ops.getItem(fields, (long) i)), args[1 + i]);
        }
        for (int k = 0; k < nkw; k++) {
            Ops.setAttr(self, kwnames[k], args[args.length - nkw + k]);
        }
        return PyNone.NONE;
    }

    /**
     * {@code compile(source, filename, mode, PyCF_ONLY_AST)}: the tree as {@code ast} objects;
     * a SyntaxError as the compiler reports it.
     */
    public static Object parse(String source, String filename, String mode) {
        org.pyjit.compiler.ast.Node tree;
        try {
            tree = switch (mode) {
                case "exec" -> org.pyjit.compiler.parser.PythonSourceParser.parseModule(source, filename);
                case "eval" -> org.pyjit.compiler.parser.PythonSourceParser.parseExpression(source, filename);
                case "single" -> org.pyjit.compiler.parser.PythonSourceParser.parseInteractive(source, filename);
                default -> throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            };
        } catch (org.pyjit.compiler.parser.SyntaxErrorException e) {
            throw org.pyjit.runtime.imports.SourceCompiler.toPython(e);
        }
        return PythonAstBuilder.build(tree, source);
    }

    /** A fresh instance of node class {@code name} with the given attributes. */
    static PyObject node(String name, Map<String, Object> attributes) {
        PyType type = classes().get(name);
        if (type == null) throw new IllegalArgumentException("no AST class " + name);
        PyObject o = new PyObject(type);
        for (Map.Entry<String, Object> e : attributes.entrySet()) o.setInstanceAttr(e.getKey(), e.getValue());
        return o;
    }

    static Map<String, Object> attributes() {
        return new HashMap<>();
    }
}
