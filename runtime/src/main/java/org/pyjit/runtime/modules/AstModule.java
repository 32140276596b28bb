package org.pyjit.runtime.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.imports.ModuleCodeCache;
import org.pyjit.runtime.interpreter.Interpreter;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;

/**
 * {@code _ast}: the classes of CPython 3.11's abstract syntax tree, so that {@code ast} (and
 * {@code inspect}, {@code dataclasses}, {@code pprint}, {@code unittest} through it) can be
 * imported. Nodes are plain Python classes with {@code _fields}, {@code _attributes} and
 * {@code __match_args__}, constructed from positional and keyword field values as in CPython.
 * Optional fields default to None on the class, as CPython's do. The node table (ast-nodes.txt
 * beside this class) lists each class with its base, fields and attributes; the module
 * body is Python source generated from it. Parsing to these nodes ({@code ast.parse}) is not
 * provided yet: {@code compile} does not accept {@code PyCF_ONLY_AST}.
 */
public final class AstModule {
    private AstModule() {}

    private static final String NODE_BASE = """
            class AST:
                __module__ = 'ast'
                _fields = ()
                _attributes = ()
                __match_args__ = ()
                def __init__(self, *args, **kwargs):
                    fields = type(self)._fields
                    if len(args) > len(fields):
                        raise TypeError(f"{type(self).__name__} constructor takes at most "
                                        f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
                    for name, value in zip(fields, args):
                        setattr(self, name, value)
                    for name, value in kwargs.items():
                        setattr(self, name, value)
                def __reduce__(self):
                    return type(self), (), dict(self.__dict__)
            PyCF_ONLY_AST = 1024
            PyCF_TYPE_COMMENTS = 4096
            PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192
            """;

    public static PyModule create() {
        PyModule m = new PyModule("_ast");
        PyDict g = m.dict;
        g.putStr("__builtins__", BuiltinsModule.MODULE);
        CodeObject code = ModuleCodeCache.compile(source(), "<_ast>");
        Interpreter.runWithLocals(code, g, g, null, null);
        return m;
    }

    /** The module body: the AST base class, then one class statement per node of the table. */
    static String source() {
        StringBuilder sb = new StringBuilder(NODE_BASE);
        for (String line : table().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.trim().split(" ");
            if (f[0].equals("AST")) continue;
            String fields = tuple(f[2]);
            sb.append("class ").append(f[0]).append('(').append(f[1]).append("):\n")
                    .append("    __module__ = 'ast'\n")
                    .append("    _fields = ").append(fields).append('\n')
                    .append("    __match_args__ = ").append(fields).append('\n')
                    .append("    _attributes = ").append(tuple(f[3])).append('\n');
            for (String name : (f[2] + "," + f[3]).split(",")) {
                if (name.endsWith("?")) sb.append("    ").append(name, 0, name.length() - 1).append(" = None\n");
            }
        }
        return sb.toString();
    }

    private static String tuple(String commaSeparated) {
        if (commaSeparated.equals("-")) return "()";
        StringBuilder sb = new StringBuilder("(");
        for (String name : commaSeparated.split(",")) {
            sb.append('\'').append(name.replace("?", "")).append("', ");
        }
        return sb.append(')').toString();
    }

    private static String table() {
        try (InputStream in = AstModule.class.getResourceAsStream("ast-nodes.txt")) {
            if (in == null) throw new IllegalStateException("ast-nodes.txt missing from the runtime jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
