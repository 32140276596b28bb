package org.pyjit.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.compiler.ast.ClassDef;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.Keyword;
import org.pyjit.compiler.ast.Starred;
import org.pyjit.compiler.ast.Stmt;

/**
 * Compiles a {@code class} statement: the body becomes a function run against the class
 * namespace, handed to {@code __build_class__} with the name, bases and keywords.
 */
final class ClassCompiler {
    private ClassCompiler() {}

    static void compile(BytecodeCompiler c, ClassDef cd) {
        CodeBuilder b = c.b();
        List<Integer> decos = new ArrayList<>();
        for (Expr d : cd.decoratorList()) decos.add(c.expr(d));
        CodeObject body = compileBody(c, cd);
        int builder = b.temp();
        c.at(cd);
        b.emit(Opcode.LOAD_BUILD_CLASS, builder);
        boolean starred = cd.bases().stream().anyMatch(e -> e instanceof Starred) || cd.keywords().stream().anyMatch(k -> k.arg() == null);
        int dst = b.temp();
        if (!starred) {
            int n = 2 + cd.bases().size() + cd.keywords().size();
            int first = b.temps(n);
            int closure = c.closureTuple(body);
            b.emit(Opcode.MAKE_FUNCTION, first, b.constant(body), -1, -1, closure, -1);
            b.emit(Opcode.LOAD_CONST, first + 1, b.constant(cd.name()));
            int i = first + 2;
            for (Expr base : cd.bases()) c.exprInto(base, i++);
            for (Keyword k : cd.keywords()) c.exprInto(k.value(), i++);
            int kw = -1;
            if (!cd.keywords().isEmpty()) {
                kw = b.constant(new KeywordNames(cd.keywords().stream().map(Keyword::arg).toArray(String[]::new)));
            }
            c.at(cd);
            b.emit(Opcode.CALL, dst, builder, first, n, kw);
        } else {
            List<Expr> args = new ArrayList<>(cd.bases());
            int argsTuple = b.temp();
            int fn = b.temp();
            int closure = c.closureTuple(body);
            b.emit(Opcode.MAKE_FUNCTION, fn, b.constant(body), -1, -1, closure, -1);
            int name = b.temp();
            b.emit(Opcode.LOAD_CONST, name, b.constant(cd.name()));
            int list = b.temp();
            b.emit(Opcode.BUILD_LIST, list, fn, 2);
            for (Expr a : args) {
                if (a instanceof Starred s) b.emit(Opcode.LIST_EXTEND, list, c.expr(s.value()), builder);
                else b.emit(Opcode.LIST_APPEND, list, c.expr(a));
            }
            b.emit(Opcode.LIST_TO_TUPLE, argsTuple, list);
            int kw = b.temp();
            b.emit(Opcode.BUILD_MAP, kw, 0, 0);
            for (Keyword k : cd.keywords()) {
                int v = c.expr(k.value());
                if (k.arg() == null) {
                    b.emit(Opcode.DICT_MERGE, kw, v, builder);
                } else {
                    int key = b.temp();
                    b.emit(Opcode.LOAD_CONST, key, b.constant(k.arg()));
                    b.emit(Opcode.MAP_ADD, kw, key, v);
                }
            }
            c.at(cd);
            b.emit(Opcode.CALL_EX, dst, builder, argsTuple, kw);
        }
        for (int i = decos.size() - 1; i >= 0; i--) {
            int arg = b.temp();
            b.emit(Opcode.MOVE, arg, dst);
            b.emit(Opcode.CALL, dst, decos.get(i), arg, 1, -1);
        }
        c.storeName(cd.name(), dst);
    }

    private static CodeObject compileBody(BytecodeCompiler c, ClassDef cd) {
        Scope scope = c.symbols.scopeOf(cd);
        CompilerUnit saved = c.unit();
        String qualname = c.qualname(cd.name());
        c.setUnit(new CompilerUnit(scope, cd.name(), qualname, cd.pos().line()));
        try {
            CodeBuilder b = c.b();
            c.at(cd);
            int t = b.temp();
            b.emit(Opcode.LOAD_NAME, t, b.name("__name__"));
            b.emit(Opcode.STORE_NAME, b.name("__module__"), t);
            b.emit(Opcode.LOAD_CONST, t, b.constant(qualname));
            b.emit(Opcode.STORE_NAME, b.name("__qualname__"), t);
            List<Stmt> body = cd.body();
            String doc = BytecodeCompiler.docstringOf(body);
            if (doc != null) {
                b.emit(Opcode.LOAD_CONST, t, b.constant(doc));
                b.emit(Opcode.STORE_NAME, b.name("__doc__"), t);
                body = body.subList(1, body.size());
            }
            if (BytecodeCompiler.bodyHasAnnotations(body)) b.emit(Opcode.SETUP_ANNOTATIONS);
            b.release(t);
            c.stmts(body);
            Integer classCell = c.unit().cellvars.contains("__class__") ? c.unit().cell("__class__") : null;
            if (classCell != null) {
                b.emit(Opcode.STORE_NAME, b.name("__classcell__"), classCell);
                b.emit(Opcode.RETURN, classCell);
            } else {
                int none = b.temp();
                b.emit(Opcode.LOAD_CONST, none, b.constant(ConstantSingleton.NONE));
                b.emit(Opcode.RETURN, none);
            }
            return c.finishUnit(0, doc);
        } finally {
            c.setUnit(saved);
        }
    }
}
