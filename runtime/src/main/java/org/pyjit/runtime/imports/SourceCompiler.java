package org.pyjit.runtime.imports;

import org.pyjit.compiler.ast.Expression;
import org.pyjit.compiler.ast.Module;
import org.pyjit.compiler.bytecode.BytecodeCompiler;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.parser.PythonSourceParser;
import org.pyjit.compiler.parser.SyntaxErrorException;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyTuple;
import org.pyjit.runtime.objects.PyType;

/** Source text → code object, turning compile errors into Python {@code SyntaxError}s. */
public final class SourceCompiler {
    private SourceCompiler() {}

    /** Compiles a module (or {@code exec} input). */
    public static CodeObject compileModule(String source, String filename) {
        try {
            long t0 = System.nanoTime();
            Module m = PythonSourceParser.parseModule(source, filename);
            long t1 = System.nanoTime();
            CodeObject code = BytecodeCompiler.compile(m, filename, source);
            org.pyjit.runtime.stats.RuntimeStatistics.parsedAndCompiled(t1 - t0, System.nanoTime() - t1);
            return code;
        } catch (SyntaxErrorException e) {
            // columns of errors in files count UTF-8 bytes, as CPython's do
            throw toPython(filename.startsWith("<") ? e : e.forFileSource());
        }
    }

    /** Decodes a source file's bytes as CPython does (BOM, coding comment), compile errors as SyntaxError. */
    public static String decode(byte[] data, String filename) {
        try {
            return org.pyjit.compiler.parser.SourceDecoder.decode(data, filename);
        } catch (SyntaxErrorException e) {
            throw toPython(e);
        }
    }

    /** Compiles an expression for {@code eval}. */
    public static CodeObject compileExpression(String source, String filename) {
        try {
            Expression e = PythonSourceParser.parseExpression(source, filename);
            return BytecodeCompiler.compile(e, filename, source);
        } catch (SyntaxErrorException e) {
            throw toPython(e);
        }
    }

    /** The Python SyntaxError (or IndentationError/TabError) for a compile error. */
    public static PyException toPython(SyntaxErrorException e) {
        PyType type = switch (e.kind()) {
            case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
            case "TabError" -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        Object text = e.text() == null ? PyNone.NONE : e.text() + "\n";
        PyTuple details = PyTuple.of(e.filename() == null ? PyNone.NONE : e.filename(), (long) e.lineno(), (long) e.offset(),
                text, (long) e.endLineno(), (long) e.endOffset());
        return new PyException(PyBaseException.create(type, e.getMessage(), details));
    }
}
