package org.pyjit.runtime.interpreter;

import org.pyjit.compiler.ast.Interactive;
import org.pyjit.compiler.bytecode.BytecodeCompiler;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.parser.PythonSourceParser;
import org.pyjit.compiler.parser.SyntaxErrorException;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.imports.SourceCompiler;
import org.pyjit.runtime.objects.ArgParser;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBoxed;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyBytes;
import org.pyjit.runtime.objects.PyCode;
import org.pyjit.runtime.ops.Ops;

/**
 * The builtin {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)}:
 * source text (str, or bytes decoded as a source file is: BOM, coding comment) to a code object
 * for {@code exec}/{@code eval}. Modes {@code exec}, {@code eval} and {@code single} (whose
 * expression statements go to {@code sys.displayhook}). Future-statement flags are accepted and
 * ignored (a source's own {@code from __future__ import annotations} still counts);
 * {@code PyCF_ONLY_AST} returns the {@code _ast} tree.
 */
final class CompileBuiltin {
    private CompileBuiltin() {}

    /** {@code ast.PyCF_ONLY_AST}. */
    static final int ONLY_AST = 0x400;
    /** Every flag CPython 3.11 accepts: the future features, CO_NESTED, and the compile-only ones. */
    private static final int ACCEPTED_FLAGS = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000
            | 0x10 | ONLY_AST | 0x2000 | 0x1000 | 0x200 | 0x4000;

    private static final ArgParser ARGS = new ArgParser("compile",
            new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 0, 6, 3);

    static PyBuiltinFunction function() {
        return new PyBuiltinFunction("compile", "builtins", (a, kw) -> {
            Object[] p = ARGS.parse(a, kw, 0);
            String filename = filename(p[1]);
            String mode = text(p[2]);
            if (mode == null) throw Errors.typeError("compile() argument 'mode' must be str, not " + Ops.typeName(p[2]));
            long flags = p[3] == null ? 0 : Ops.index(p[3]);
            if (p[5] != null) {
                long optimize = Ops.index(p[5]);
                if (optimize < -1 || optimize > 2) throw Errors.valueError("compile(): invalid optimize value");
            }
            if ((flags & ~ACCEPTED_FLAGS) != 0) throw Errors.valueError("compile(): unrecognised flags");
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            String source = source(p[0], filename);
            if ((flags & ONLY_AST) != 0) return org.pyjit.runtime.modules.ast.AstModule.parse(source, filename, mode);
            if (source.indexOf('\0') >= 0) throw Errors.of(ExceptionTypes.SYNTAX_ERROR, "source code string cannot contain null bytes");
            return PyCode.of(compile(source, filename, mode));
        });
    }

    /** Compiles {@code source} in {@code mode} ("exec", "eval" or "single"), errors as SyntaxError. */
    static CodeObject compile(String source, String filename, String mode) {
        return switch (mode) {
            case "eval" -> SourceCompiler.compileExpression(source, filename);
            case "single" -> {
                try {
                    Interactive tree = PythonSourceParser.parseInteractive(source, filename);
                    yield BytecodeCompiler.compile(tree, filename, source);
                } catch (SyntaxErrorException e) {
                    throw SourceCompiler.toPython(e);
                }
            }
            default -> SourceCompiler.compileModule(source, filename, false);
        };
    }

    private static String text(Object o) {
        if (o instanceof String s) return s;
        if (o instanceof PyBoxed b && b.value instanceof String s) return s;
        return null;
    }

    /** str, bytes or an os.PathLike, as CPython's filesystem-path converter takes them. */
    private static String filename(Object o) {
        String s = text(o);
        if (s != null) return s;
        if (o instanceof PyBytes b && Ops.typeOf(o) == org.pyjit.runtime.types.BuiltinTypes.BYTES) {
            return new String(b.toArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Object fspath = Ops.typeOf(o).lookup("__fspath__");
        if (fspath != null) {
            Object r = Ops.callDescriptor(fspath, o, new Object[0]);
            if (text(r) != null || r instanceof PyBytes) return filename(r);
        }
        throw Errors.typeError("compile() argument 'filename' must be str, bytes or os.PathLike, not " + Ops.typeName(o));
    }

    private static String source(Object o, String filename) {
        String s = text(o);
        if (s != null) return s;
        byte[] b = Buffers.bytesOrNull(o);
        if (b != null) return SourceCompiler.decode(b, filename);
        throw Errors.typeError("compile() arg 1 must be a string, bytes or AST object");
    }
}
