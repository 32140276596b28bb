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
        return compileModule(source, filename, !filename.startsWith("<"));
    }

    /**
     * Compiles a module; {@code fromFile} says the text was read from a file, whose errors'
     * columns count UTF-8 bytes, as CPython's do (those of {@code compile()}d strings count characters).
     */
    public static CodeObject compileModule(String source, String filename, boolean fromFile) {
        try {
            long t0 = System.nanoTime();
            Module m = PythonSourceParser.parseModule(source, filename);
            long t1 = System.nanoTime();
            CodeObject code = BytecodeCompiler.compile(m, filename, source);
            org.pyjit.runtime.stats.RuntimeStatistics.parsedAndCompiled(t1 - t0, System.nanoTime() - t1);
            return code;
        } catch (SyntaxErrorException e) {
            throw toPython(fromFile ? e.forFileSource() : e);
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
            long t0 = System.nanoTime();
            Expression e = PythonSourceParser.parseExpression(source, filename);
            long t1 = System.nanoTime();
            CodeObject code = BytecodeCompiler.compile(e, filename, source);
            org.pyjit.runtime.stats.RuntimeStatistics.parsedAndCompiled(t1 - t0, System.nanoTime() - t1);
            return code;
        } catch (SyntaxErrorException e) {
            // eval input gets no implied line break, so the error's line has none either
            throw toPython(e, e.text());
        }
    }

    /** The Python SyntaxError (or IndentationError/TabError) for a compile error. */
    public static PyException toPython(SyntaxErrorException e) {
        String t = e.text();
        return toPython(e, t == null || t.isEmpty() || t.endsWith("\n") ? t : t + "\n");
    }

    private static PyException toPython(SyntaxErrorException e, String line) {
        PyType type = switch (e.kind()) {
            case "IndentationError" -> ExceptionTypes.INDENTATION_ERROR;
            case "TabError" -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        Object text = line == null ? PyNone.NONE : line;
        PyTuple details = PyTuple.of(e.filename() == null ? PyNone.NONE : e.filename(), (long) e.lineno(), (long) e.offset(),
                text, (long) e.endLineno(), (long) e.endOffset());
        return new PyException(PyBaseException.create(type, e.getMessage(), details));
    }
}
