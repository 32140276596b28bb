package org.pyjit.runtime.modules.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.CPython;
import org.pyjit.runtime.testutil.Py;

/** The {@code _ast} classes and the syntax trees built from source, against CPython 3.11's. */
class AstModuleTest {
    @BeforeAll
    static void boot() {
        Py.boot();
    }

    /** One line per class: name, base, fields, attributes, optional-field defaults, doc. */
    private static final String DESCRIBE_CPYTHON = """
            import _ast
            skip = {'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis', 'Index', 'ExtSlice', 'Suite', 'Param',
                    'AugLoad', 'AugStore', 'slice'}
            for name in sorted(n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), _ast.AST) and n not in skip):
                c = getattr(_ast, name)
                defaults = sorted(k for k, v in vars(c).items() if v is None)
                print(name, c.__mro__[1].__name__, c._fields, c._attributes, defaults, repr(c.__doc__))
            """;

    @Test
    void everyNodeClassHasCPythonsShape() {
        List<String> expected = CPython.lines(DESCRIBE_CPYTHON);
        List<String> actual = new ArrayList<>();
        List<String> names = new ArrayList<>(AstModule.classes().keySet());
        names.sort(null);
        for (String name : names) {
            PyType c = AstModule.classes().get(name);
            List<String> defaults = new ArrayList<>();
            for (int e = c.namespace.nextEntry(0); e >= 0; e = c.namespace.nextEntry(e + 1)) {
                if (c.namespace.valueAt(e) == org.pyjit.runtime.objects.PyNone.NONE) defaults.add(Ops.str(c.namespace.keyAt(e)));
            }
            defaults.sort(null);
            actual.add(name + " " + c.mro[1].name + " " + Ops.repr(Ops.getAttr(c, "_fields")) + " "
                    + Ops.repr(Ops.getAttr(c, "_attributes")) + " " + Ops.repr(Py.list(defaults.toArray())) + " "
                    + Ops.repr(Ops.getAttr(c, "__doc__")));
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    @Test
    void parsedTreesDumpAsCPythonsWithPositions() {
        String source = "def f(a, /, b=1, *c, d, **e) -> int:\\n    return [x async for x in a if x] or {k: v for k, v in e}\\n"
                + "s = f'{b!r:>4}{d}' 'é' + 1j\\nmatch s:\\n    case [1, *rest] | {'k': _, **kw} if rest:\\n        pass\\n"
                + "    case C(1, y=Z() as z):\\n        del s[1:2, ...]\\nwith open(p) as (a, b), q: x: int = yield\\n"
                + "try:\\n    import a.b as c\\nexcept* (E, F) as g:\\n    raise X from None\\n";
        String dump = "import ast\nprint(ast.dump(ast.parse(SOURCE), include_attributes=True))\n";
        String expected = CPython.run(dump.replace("SOURCE", "\"" + source + "\""));
        Object tree = AstModule.parse(source.replace("\\n", "\n"), "<unknown>", "exec");
        assertEquals(expected.strip(), dump(tree));
    }

    /** {@code ast.dump(node, include_attributes=True)}, written over the generic node protocol. */
    private static String dump(Object value) {
        if (value instanceof org.pyjit.runtime.objects.PyList list) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < list.size; i++) parts.add(dump(list.get(i)));
            return "[" + String.join(", ", parts) + "]";
        }
        PyType type = Ops.typeOf(value);
        if (!type.isSubtypeOf(AstModule.classes().get("AST"))) return Ops.repr(value);
        List<String> parts = new ArrayList<>();
        for (String group : new String[] {"_fields", "_attributes"}) {
            for (Object f : ((org.pyjit.runtime.objects.PyTuple) Ops.getAttr(type, group)).items) {
                String name = (String) f;
                Object v = Ops.getAttrOrNull(value, name);
                if (v == null || (v == org.pyjit.runtime.objects.PyNone.NONE
                        && Ops.getAttrOrNull(type, name) == org.pyjit.runtime.objects.PyNone.NONE)) continue;
                parts.add(name + "=" + dump(v));
            }
        }
        return type.name + "(" + String.join(", ", parts) + ")";
    }

    @Test
    void aSyntaxErrorIsPythons() {
        PyException e = org.junit.jupiter.api.Assertions.assertThrows(PyException.class,
                () -> AstModule.parse("x = (1,\n", "<m>", "exec"));
        assertTrue(e.value.type.name.equals("SyntaxError"), e.value.type.name);
    }
}
