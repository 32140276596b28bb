package org.pyjit.runtime.modules.ast;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.pyjit.compiler.ast.AstDump;
import org.pyjit.compiler.ast.BytesLiteral;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.ImaginaryLiteral;
import org.pyjit.compiler.ast.Mod;
import org.pyjit.compiler.ast.Node;
import org.pyjit.compiler.ast.Pos;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyList;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * Turns the compiler's syntax tree (Java records) into {@code ast} node objects, as
 * {@code compile(..., PyCF_ONLY_AST)} and {@code ast.parse} return them: the record components are
 * the fields, positions become {@code lineno}/{@code col_offset}/{@code end_lineno}/
 * {@code end_col_offset} with columns in UTF-8 bytes as CPython counts them.
 */
public final class PythonAstBuilder {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            for (RecordComponent c : all) c.getAccessor().setAccessible(true);
            return all;
        }
    };

    private final String[] lines;

    private PythonAstBuilder(String source) {
        this.lines = source.split("\n", -1);
    }

    /** The {@code ast} object for {@code tree}, parsed from {@code source}. */
    public static Object build(Node tree, String source) {
        return new PythonAstBuilder(source).convert(tree);
    }

    private Object convert(Object value) {
        return switch (value) {
            case null -> PyNone.NONE;
            case List<?> list -> {
                Object[] items = new Object[list.size()];
                for (int i = 0; i < items.length; i++) items[i] = convert(list.get(i));
                yield new PyList(items);
            }
            case String s -> s;
            case Long l -> l;
            case Integer i -> (long) i;
            case BigInteger b -> b;
            case Double d -> d;
            case Boolean b -> b;
            case ImaginaryLiteral im -> Ops.call(BuiltinTypes.COMPLEX, 0.0, im.imag());
            case BytesLiteral b -> new PyBytes(b.bytes());
            case ConstantSingleton c -> c == ConstantSingleton.NONE ? PyNone.NONE : BuiltinTypes.ELLIPSIS;
            case Enum<?> e -> AstModule.node(e.name(), Map.of());
            case Record r -> node(r);
            default -> throw new IllegalArgumentException("not an AST value: " + value.getClass());
        };
    }

    private PyObject node(Record r) {
        String name = AstDump.pythonClassName(r.getClass());
        Map<String, Object> attrs = AstModule.attributes();
        for (RecordComponent c : COMPONENTS.get(r.getClass())) {
            if (c.getType() == Pos.class) continue;
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            // simple and is_async are ints in CPython's tree
            Object converted = c.getType() == boolean.class ? (Object) ((Boolean) v ? 1L : 0L) : convert(v);
            attrs.put(AstDump.snakeCase(c.getName()), converted);
        }
        PyObject node = AstModule.node(name, attrs);
        // fields the compiler's tree does not keep (type comments, type_ignores): lists empty, others None
        for (Object f : ((org.pyjit.runtime.objects.PyTuple) Ops.getAttr(Ops.typeOf(node), "_fields")).items) {
            String field = (String) f;
            if (!attrs.containsKey(field)) {
                node.setInstanceAttr(field, field.equals("type_ignores") ? new PyList() : PyNone.NONE);
            }
        }
        if (r instanceof Node n && !(r instanceof Mod) && n.pos() != null) {
            Pos p = n.pos();
            node.setInstanceAttr("lineno", (long) p.line());
            node.setInstanceAttr("col_offset", (long) byteColumn(p.line(), p.col()));
            node.setInstanceAttr("end_lineno", (long) p.endLine());
            node.setInstanceAttr("end_col_offset", (long) byteColumn(p.endLine(), p.endCol()));
        }
        return node;
    }

    /** A code-point column of a line as CPython's UTF-8 byte offset. */
    private int byteColumn(int line, int col) {
        if (line < 1 || line > lines.length) return col;
        String text = lines[line - 1];
        int end;
        try {
            end = text.offsetByCodePoints(0, Math.min(col, text.codePointCount(0, text.length())));
        } catch (IndexOutOfBoundsException e) {
            return col;
        }
        String prefix = text.substring(0, end);
        boolean ascii = prefix.chars().allMatch(ch -> ch < 0x80);
        return ascii ? col : prefix.getBytes(StandardCharsets.UTF_8).length + (col - prefix.codePointCount(0, prefix.length()));
    }
}
