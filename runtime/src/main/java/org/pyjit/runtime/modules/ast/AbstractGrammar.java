package org.pyjit.runtime.modules.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11's abstract grammar (the ASDL the {@code ast} module documents): every node class of
 * {@code _ast} with its base, fields and attributes. Field types ending in {@code ?} are optional
 * (the class attribute is {@code None}), in {@code *} lists.
 */
final class AbstractGrammar {
    private AbstractGrammar() {}

    private static final String POSITIONS = "lineno, col_offset, end_lineno?, end_col_offset?";

    /** One line per sum type ({@code base [attributes]: Ctor(fields) | ...}) or product type ({@code name(fields) [attributes]}). */
    private static final String GRAMMAR = """
            mod: Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) \
            | FunctionType(expr* argtypes, expr returns)
            stmt [POS]: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, \
            string? type_comment) | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, \
            expr? returns, string? type_comment) | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, \
            expr* decorator_list) | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, \
            string? type_comment) | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, \
            expr annotation, expr? value, int simple) | For(expr target, expr iter, stmt* body, stmt* orelse, \
            string? type_comment) | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) \
            | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) \
            | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, \
            string? type_comment) | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) \
            | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | TryStar(stmt* body, \
            excepthandler* handlers, stmt* orelse, stmt* finalbody) | Assert(expr test, expr? msg) \
            | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level) \
            | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue
            expr [POS]: BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, \
            operator op, expr right) | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) \
            | IfExp(expr test, expr body, expr orelse) | Dict(expr* keys, expr* values) | Set(expr* elts) \
            | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators) \
            | DictComp(expr key, expr value, comprehension* generators) | GeneratorExp(expr elt, \
            comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value) \
            | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords) \
            | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values) \
            | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) \
            | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) \
            | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, \
            expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)
            expr_context: Load | Store | Del
            boolop: And | Or
            operator: Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
            unaryop: Invert | Not | UAdd | USub
            cmpop: Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
            comprehension(expr target, expr iter, expr* ifs, int is_async)
            excepthandler [POS]: ExceptHandler(expr? type, identifier? name, stmt* body)
            arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
            arg(identifier arg, expr? annotation, string? type_comment) [POS]
            keyword(identifier? arg, expr value) [POS]
            alias(identifier name, identifier? asname) [POS]
            withitem(expr context_expr, expr? optional_vars)
            match_case(pattern pattern, expr? guard, stmt* body)
            pattern [lineno, col_offset, end_lineno, end_col_offset]: MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) \
            | MatchMapping(expr* keys, pattern* patterns, identifier? rest) | MatchClass(expr cls, pattern* patterns, \
            identifier* kwd_attrs, pattern* kwd_patterns) | MatchStar(identifier? name) | MatchAs(pattern? pattern, \
            identifier? name) | MatchOr(pattern* patterns)
            type_ignore: TypeIgnore(int lineno, string tag)
            """.replace("POS", POSITIONS);

    /** A field or attribute: its name, ASDL type and whether it is optional or a list. */
    record Field(String name, String type, boolean optional, boolean list) {
        static Field parse(String text) {
            String[] parts = text.strip().split("\\s+");
            String type = parts.length == 2 ? parts[0] : "int";
            String name = parts[parts.length - 1];
            boolean optional = type.endsWith("?") || name.endsWith("?");
            boolean list = type.endsWith("*");
            return new Field(name.replace("?", ""), type.replaceAll("[?*]$", ""), optional, list);
        }
    }

    /** A node class: abstract (a sum type) when {@code base} is "AST" and it has constructors. */
    record NodeClass(String name, String base, List<Field> fields, List<Field> attributes, String signature) {}

    /** Every class, bases before subclasses. */
    static List<NodeClass> classes() {
        List<NodeClass> out = new ArrayList<>();
        for (String line : GRAMMAR.strip().split("\n")) {
            int colon = line.indexOf(':');
            int paren = line.indexOf('(');
            if (colon > 0 && (paren < 0 || colon < paren)) {
                sum(line.substring(0, colon).strip(), line.substring(colon + 1), out);
            } else {
                out.add(product(line.strip()));
            }
        }
        return out;
    }

    private static void sum(String head, String constructors, List<NodeClass> out) {
        String name = head.contains("[") ? head.substring(0, head.indexOf('[')).strip() : head;
        List<Field> attributes = head.contains("[") ? fields(head.substring(head.indexOf('[') + 1, head.indexOf(']'))) : List.of();
        List<String> ctors = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char ch : constructors.toCharArray()) {
            if (ch == '(') depth++;
            if (ch == ')') depth--;
            if (ch == '|' && depth == 0) {
                ctors.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        ctors.add(current.toString().strip());
        List<String> signatures = new ArrayList<>();
        List<NodeClass> constructorClasses = new ArrayList<>();
        for (String ctor : ctors) {
            int open = ctor.indexOf('(');
            String ctorName = open < 0 ? ctor : ctor.substring(0, open);
            List<Field> fields = open < 0 ? List.of() : fields(ctor.substring(open + 1, ctor.lastIndexOf(')')));
            String signature = fields.isEmpty() ? ctorName : ctor.replaceAll("\\s+", " ");
            signatures.add(signature);
            constructorClasses.add(new NodeClass(ctorName, name, fields, attributes, signature));
        }
        boolean simple = constructorClasses.stream().allMatch(c -> c.fields().isEmpty());
        String separator = simple ? " | " : "\n" + " ".repeat(name.length() + 1) + "| ";
        out.add(new NodeClass(name, "AST", List.of(), attributes, name + " = " + String.join(separator, signatures)));
        out.addAll(constructorClasses);
    }

    private static NodeClass product(String line) {
        int open = line.indexOf('(');
        int close = line.indexOf(')');
        String name = line.substring(0, open);
        List<Field> fields = fields(line.substring(open + 1, close));
        String rest = line.substring(close + 1);
        List<Field> attributes = rest.contains("[") ? fields(rest.substring(rest.indexOf('[') + 1, rest.indexOf(']'))) : List.of();
        return new NodeClass(name, "AST", fields, attributes, line.substring(0, close + 1));
    }

    private static List<Field> fields(String text) {
        List<Field> out = new ArrayList<>();
        for (String f : text.split(",")) {
            if (!f.isBlank()) out.add(Field.parse(f));
        }
        return out;
    }
}
