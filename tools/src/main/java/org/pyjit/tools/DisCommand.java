package org.pyjit.tools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pyjit.compiler.ast.Module;
import org.pyjit.compiler.bytecode.BytecodeCompiler;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.Disassembler;
import org.pyjit.compiler.parser.PythonSourceParser;
import org.pyjit.compiler.parser.SyntaxErrorException;
import org.pyjit.runtime.errors.TracebackPrinter;
import org.pyjit.runtime.imports.SourceCompiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pyjit dis FILE.py}: prints the register bytecode of every code object in the file;
 * {@code --tier1} prints the JVM bytecode the baseline compiler makes of each instead.
 */
@Command(name = "dis", description = "print the bytecode of a Python file")
final class DisCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--tier1", description = "print the baseline compiler's JVM bytecode of each code object")
    boolean tier1;

    @Override
    public Integer call() throws Exception {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            System.err.println("pyjit dis: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        try {
            Module m = PythonSourceParser.parseModule(source, file.toString());
            CodeObject code = BytecodeCompiler.compile(m, file.toString(), source);
            System.out.print(tier1 ? org.pyjit.runtime.baseline.BaselineDisassembler.disassemble(code)
                    : Disassembler.disassemble(code));
            return 0;
        } catch (SyntaxErrorException e) {
            System.err.print(TracebackPrinter.format(SourceCompiler.toPython(e).value));
            return 1;
        }
    }
}
