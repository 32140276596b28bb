package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.imports.SourceCompiler;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/** The builtins that need the interpreter: compile, exec, eval, globals, locals, vars, __import__, __build_class__. */
public final class InterpreterBuiltins {
    private InterpreterBuiltins() {}

    public static void install(PyDict ns) {
        // type(name, bases, ns) takes __module__ from the calling frame's globals, as CPython's type_new does
        org.pyjit.runtime.types.TypeCreation.currentGlobals = () -> {
            Frame top = ThreadState.current().top;
            return top == null ? null : top.globals;
        };
        ns.putStr("__build_class__", ClassBuilder.BUILD_CLASS);
        ns.putStr("compile", CompileBuiltin.function());
        ns.putStr("exec", new PyBuiltinFunction("exec", "builtins", (a, kw) -> {
            Object[] p = new ArgParser("exec", new String[] {"source", "globals", "locals"}, 3, 3, 1).parse(a, kw, 0);
            run(p[0], p[1], p[2], false);
            return PyNone.NONE;
        }));
        ns.putStr("eval", new PyBuiltinFunction("eval", "builtins", (a, kw) -> {
            Object[] p = new ArgParser("eval", new String[] {"source", "globals", "locals"}, 3, 3, 1).parse(a, kw, 0);
            return run(p[0], p[1], p[2], true);
        }));
        ns.putStr("globals", PyBuiltinFunction.positional("globals", "builtins", 0, 0, a -> callerFrame().globals));
        ns.putStr("locals", PyBuiltinFunction.positional("locals", "builtins", 0, 0, a -> NameAccess.locals(callerFrame())));
        ns.putStr("vars", PyBuiltinFunction.positional("vars", "builtins", 0, 1, a -> {
            if (a.length == 0) return NameAccess.locals(callerFrame());
            Object d = Ops.getAttrOrNull(a[0], "__dict__");
            if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
            return d;
        }));
        ns.putStr("__import__", new PyBuiltinFunction("__import__", "builtins", (a, kw) -> {
            Object[] p = new ArgParser("__import__", new String[] {"name", "globals", "locals", "fromlist", "level"}, 0, 5, 1)
                    .parse(a, kw, 0);
            if (!(p[0] instanceof String name)) throw Errors.typeError("__import__() argument 1 must be str, not " + Ops.typeName(p[0]));
            PyDict g = p[1] instanceof PyDict d ? d : new PyDict();
            String[] fromlist = null;
            if (p[3] != null && p[3] != PyNone.NONE) {
                java.util.List<String> items = new java.util.ArrayList<>();
                Object it = Ops.iter(p[3]);
                for (Object x = Ops.next(it); x != null; x = Ops.next(it)) items.add(Ops.str(x));
                fromlist = items.toArray(new String[0]);
            }
            int level = p[4] == null ? 0 : (int) Ops.index(p[4]);
            return ImportSystem.importName(name, g, fromlist, level);
        }));
    }

    static Frame callerFrame() {
        Frame f = ThreadState.current().top;
        if (f == null) throw Errors.systemError("no current frame");
        return f;
    }

    private static Object run(Object source, Object globals, Object locals, boolean isEval) {
        Frame caller = ThreadState.current().top;
        PyDict g;
        if (globals == null || globals == PyNone.NONE) {
            if (caller == null) throw Errors.systemError("no current frame");
            g = caller.globals;
            if (locals == null || locals == PyNone.NONE) locals = NameAccess.locals(caller);
        } else if (globals instanceof PyDict d) {
            g = d;
        } else {
            throw Errors.typeError((isEval ? "eval" : "exec") + "() globals must be a dict, not " + Ops.typeName(globals));
        }
        if (locals == null || locals == PyNone.NONE) locals = g;
        if (g.getStr("__builtins__") == null) g.putStr("__builtins__", org.pyjit.runtime.builtins.BuiltinsModule.MODULE);
        CodeObject code = codeOf(source, isEval);
        return Interpreter.runWithLocals(code, g, locals, null, null);
    }

    private static CodeObject codeOf(Object source, boolean isEval) {
        if (source instanceof String s) {
            if (isEval) s = s.stripLeading();
            return org.pyjit.runtime.imports.StringCodeCache.compile(s, "<string>", isEval);
        }
        if (source instanceof PyBytes b) {
            String s = new String(b.toArray(), java.nio.charset.StandardCharsets.UTF_8);
            return codeOf(s, isEval);
        }
        CodeObject c = CodeObjects.unwrap(source);
        if (c != null) return c;
        throw Errors.typeError((isEval ? "eval" : "exec") + "() arg 1 must be a string, bytes or code object");
    }
}
