package org.pyjit.compiler.ast;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders a tree exactly as CPython's {@code ast.dump(tree)} does with default arguments, so
 * tests can compare our parser against CPython's output text.
 */
public final class AstDump {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            for (RecordComponent c : all) {
                c.getAccessor().setAccessible(true);
            }
            return all;
        }
    };

    /** {@code ast.dump(node)}. */
    public static String dump(Node node) {
        return dump(node, false);
    }

    /**
     * {@code ast.dump(node, include_attributes=...)}; with attributes, columns are printed as this
     * AST counts them (code points), which equals CPython's byte offsets on ASCII lines.
     */
    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder();
        new AstDump(includeAttributes).format(node, sb);
        return sb.toString();
    }

    private final boolean includeAttributes;

    private AstDump(boolean includeAttributes) {
        this.includeAttributes = includeAttributes;
    }

    private void format(Object value, StringBuilder sb) {
        switch (value) {
            case null -> sb.append("None");
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    format(list.get(i), sb);
                }
                sb.append(']');
            }
            case String s -> sb.append(PythonRepr.ofString(s));
            case Long l -> sb.append(l);
            case Integer i -> sb.append(i);
            case BigInteger b -> sb.append(b);
            case Double d -> sb.append(PythonRepr.ofDouble(d));
            case Boolean b -> sb.append(b ? "True" : "False");
            case ImaginaryLiteral im -> sb.append(PythonRepr.ofImaginary(im.imag()));
            case BytesLiteral b -> sb.append(PythonRepr.ofBytes(b.bytes()));
            case ConstantSingleton c -> sb.append(c == ConstantSingleton.NONE ? "None" : "Ellipsis");
            case Enum<?> e -> sb.append(e.name()).append("()");
            case Record r -> formatRecord(r, sb);
            default -> throw new IllegalArgumentException("not an AST value: " + value.getClass());
        }
    }

    private void formatRecord(Record node, StringBuilder sb) {
        sb.append(pythonClassName(node.getClass())).append('(');
        boolean first = true;
        for (RecordComponent c : COMPONENTS.get(node.getClass())) {
            if (c.getType() == Pos.class) {
                continue;
            }
            Object v;
            try {
                v = c.getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v == null) {
                continue; // CPython omits optional fields that are None
            }
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(snakeCase(c.getName())).append('=');
            if (v instanceof Boolean b && c.getType() == boolean.class) {
                sb.append(b ? 1 : 0); // simple and is_async are ints in CPython
            } else {
                format(v, sb);
            }
        }
        if (node instanceof Module) {
            sb.append(", type_ignores=[]");
        }
        if (includeAttributes && node instanceof Node n && !(node instanceof Mod)) {
            Pos p = n.pos();
            sb.append(first ? "" : ", ").append("lineno=").append(p.line()).append(", col_offset=").append(p.col())
                    .append(", end_lineno=").append(p.endLine()).append(", end_col_offset=").append(p.endCol());
        }
        sb.append(')');
    }

    /** The name of CPython's {@code ast} class for a node record class ({@code ExprStmt} is {@code Expr}). */
    public static String pythonClassName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "ExprStmt" -> "Expr";
            case "MatchCase" -> "match_case";
            case "Comprehension", "Arguments", "Arg", "Keyword", "Alias", "WithItem" ->
                type.getSimpleName().toLowerCase();
            default -> type.getSimpleName();
        };
    }

    /** CPython's field name for a record component ({@code decoratorList} is {@code decorator_list}). */
    public static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }
}
