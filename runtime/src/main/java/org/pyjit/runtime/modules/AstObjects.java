package org.pyjit.runtime.modules;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pyjit.compiler.ast.AstDump;
import org.pyjit.compiler.ast.BytesLiteral;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.ImaginaryLiteral;
import org.pyjit.compiler.ast.Module;
import org.pyjit.compiler.ast.Node;
import org.pyjit.compiler.ast.Pos;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyComplex;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Turns the compiler's syntax tree into instances of the {@code _ast} classes, for
 * {@code compile(..., PyCF_ONLY_AST)} and so {@code ast.parse}. The compiler's records mirror
 * CPython's node types field for field (AstDump prints them as {@code ast.dump} does), so the
 * conversion is generic: class name and field names from the record, positions from its
 * {@link Pos}, columns converted from code points to the UTF-8 byte offsets CPython reports.
 */
public final class AstObjects {
    private final PyDict classes;
    private final String[] lines;

    private AstObjects(String source) {
        this.classes = BuiltinModuleRegistry.get("_ast").dict;
        this.lines = source.split("\n", -1);
    }

    /** The Python tree of a parsed module, expression or interactive input. */
    public static Object of(Object tree, String source) {
        return new AstObjects(source).convert(tree);
    }

    private Object convert(Object value) {
        return switch (value) {
            case null -> PyNone.NONE;
            case List<?> list -> {
                PyList out = new PyList();
                for (Object item : list) out.append(convert(item));
                yield out;
            }
            case String s -> s;
            case Long l -> l;
            case Integer i -> (long) i;
            case BigInteger b -> b;
            case Double d -> d;
            case Boolean b -> b;
            case ImaginaryLiteral im -> new PyComplex(0.0, im.imag());
            case BytesLiteral b -> new PyBytes(b.bytes());
            case ConstantSingleton c -> c == ConstantSingleton.NONE ? PyNone.NONE : BuiltinTypes.ELLIPSIS;
            case Enum<?> e -> Ops.call(nodeClass(e.name()));
            case Record r -> node(r);
            default -> throw new IllegalArgumentException("not an AST value: " + value.getClass());
        };
    }

    private Object nodeClass(String name) {
        Object cls = classes.getStr(name);
        if (cls == null) throw new IllegalStateException("_ast has no class " + name);
        return cls;
    }

    private Object node(Record r) {
        Object obj = Ops.call(nodeClass(AstDump.pythonClassName(r.getClass())));
        Pos pos = null;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (c.getType() == Pos.class) {
                pos = (Pos) v;
                continue;
            }
            Object converted = c.getType() == boolean.class ? (Object) ((Boolean) v ? 1L : 0L) : convert(v);
            Ops.setAttr(obj, AstDump.snakeCase(c.getName()), converted);
        }
        if (r instanceof Module) Ops.setAttr(obj, "type_ignores", new PyList());
        if (pos != null && r instanceof Node && Ops.getAttr(obj, "_attributes") instanceof PyTuple t && t.items.length > 0) {
            Ops.setAttr(obj, "lineno", (long) pos.line());
            Ops.setAttr(obj, "col_offset", (long) byteColumn(pos.line(), pos.col()));
            Ops.setAttr(obj, "end_lineno", (long) pos.endLine());
            Ops.setAttr(obj, "end_col_offset", (long) byteColumn(pos.endLine(), pos.endCol()));
        }
        return obj;
    }

    /** The UTF-8 byte offset of code-point column {@code col} on 1-based {@code line}. */
    private int byteColumn(int line, int col) {
        if (line < 1 || line > lines.length) return col;
        String text = lines[line - 1];
        int end = text.offsetByCodePoints(0, Math.min(col, text.codePointCount(0, text.length())));
        return text.substring(0, end).getBytes(StandardCharsets.UTF_8).length + Math.max(0,
                col - text.codePointCount(0, text.length()));
    }
}
