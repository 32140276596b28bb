package org.pyjit.compiler.bytecode;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.parser.PythonSourceParser;
import org.pyjit.compiler.parser.SyntaxErrorException;

class BytecodeCompilerTest {
    private static CodeObject compile(String src) {
        return BytecodeCompiler.compile(PythonSourceParser.parseModule(src, "t.py"), "t.py", src);
    }

    private static CodeObject function(CodeObject module, String name) {
        for (Object k : module.consts) if (k instanceof CodeObject c && c.name.equals(name)) return c;
        throw new AssertionError("no code object " + name);
    }

    private static List<Opcode> opcodes(CodeObject c) {
        List<Opcode> ops = new ArrayList<>();
        for (int pc = 0; pc < c.code.length; pc += Opcode.of(c.code[pc]).size()) ops.add(Opcode.of(c.code[pc]));
        return ops;
    }

    @Test
    void temporariesAreReusedAcrossStatements() {
        StringBuilder body = new StringBuilder("def f(a, b):\n");
        for (int i = 0; i < 50; i++) body.append("    x = a * b + a * b - (a + b) * (a - b)\n");
        body.append("    return x\n");
        CodeObject f = function(compile(body.toString()), "f");
        // 3 locals plus a handful of temporaries, however many statements there are
        assertTrue(f.registerCount <= 8, "registers: " + f.registerCount);
    }

    @Test
    void localsAreRegistersAndGlobalsAreNames() {
        CodeObject f = function(compile("g = 1\ndef f(a):\n    b = a + g\n    return b\n"), "f");
        assertArrayEquals(new String[] {"a", "b"}, f.varnames);
        assertTrue(opcodes(f).contains(Opcode.LOAD_GLOBAL));
        assertFalse(opcodes(f).contains(Opcode.LOAD_NAME));
        assertEquals(1, f.argcount);
    }

    @Test
    void closuresUseCellsAndFreeVariables() {
        CodeObject outer = function(compile("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n"), "outer");
        assertArrayEquals(new String[] {"x"}, outer.cellvars);
        CodeObject inner = function(outer, "inner");
        assertArrayEquals(new String[] {"x"}, inner.freevars);
        assertTrue(opcodes(inner).contains(Opcode.LOAD_DEREF));
        assertEquals("outer.<locals>.inner", inner.qualname);
    }

    @Test
    void methodsUsingSuperGetTheClassCell() {
        CodeObject mod = compile("class A:\n    def m(self):\n        return super().m()\n");
        CodeObject body = function(mod, "A");
        assertArrayEquals(new String[] {"__class__"}, body.cellvars);
        assertArrayEquals(new String[] {"__class__"}, function(body, "m").freevars);
    }

    @Test
    void generatorsAreFlagged() {
        CodeObject g = function(compile("def g():\n    yield 1\n"), "g");
        assertTrue(g.hasFlag(CodeObject.GENERATOR));
    }

    @Test
    void tryBlocksProduceNestedExceptionRanges() {
        CodeObject m = compile("try:\n    try:\n        x = 1\n    except ValueError:\n        pass\nfinally:\n    y = 2\n");
        int[] t = m.exceptionTable;
        assertTrue(t.length >= 8);
        // narrower (inner) ranges come first, so the first match is the innermost handler
        for (int i = 4; i < t.length; i += 4) assertTrue(t[i + 1] - t[i] >= t[i - 3] - t[i - 4]);
    }

    @Test
    void positionsAreRecordedPerInstruction() {
        CodeObject m = compile("x = 1\n\ny = x + 2\n");
        int lastPc = m.code.length - 1;
        assertEquals(1, m.lineAt(0));
        int[] pos = null;
        for (int pc = 0; pc < m.code.length; pc += Opcode.of(m.code[pc]).size()) {
            if (Opcode.of(m.code[pc]) == Opcode.BINARY) pos = m.positionAt(pc);
        }
        assertNotNull(pos);
        assertArrayEquals(new int[] {3, 4, 3, 9}, pos);
        assertTrue(lastPc > 0);
    }

    @Test
    void scopeErrorsAreSyntaxErrors() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> compile("def f():\n    x = 1\n    global x\n"));
        assertEquals("name 'x' is assigned to before global declaration", e.getMessage());
        assertEquals(3, e.lineno());
        e = assertThrows(SyntaxErrorException.class, () -> compile("return 1\n"));
        assertEquals("'return' outside function", e.getMessage());
        e = assertThrows(SyntaxErrorException.class, () -> compile("break\n"));
        assertEquals("'break' outside loop", e.getMessage());
        e = assertThrows(SyntaxErrorException.class, () -> compile("def f():\n    nonlocal q\n"));
        assertEquals("no binding for nonlocal 'q' found", e.getMessage());
    }

    @Test
    void disassemblerNamesRegistersAndJumps() {
        String text = Disassembler.disassemble(compile("def f(a):\n    while a:\n        a = a - 1\n    return a\n"));
        assertTrue(text.contains("JUMP_IF_FALSE"), text);
        assertTrue(text.contains("BINARY              a, 1, a"), text);
        assertTrue(text.contains("<code object f"), text);
    }
    private static long count(CodeObject c, Opcode op) {
        return opcodes(c).stream().filter(o -> o == op).count();
    }

    @Test
    void aLoopThatOnlyExtendsALocalStrAccumulatesItAndSealsItAtBothExits() {
        CodeObject f = function(compile("""
                def f(xs):
                    s = ''
                    for x in xs:
                        for y in x:
                            s += y
                        s += ','
                    return s
                """), "f");
        assertEquals(2, count(f, Opcode.STR_APPEND));
        assertEquals(0, count(f, Opcode.INPLACE));
        assertEquals(2, count(f, Opcode.STR_SEAL)); // the outer loop's normal exit and its break target; not the inner loop's
    }

    @Test
    void aLoopThatReadsTheLocalOrCouldLeaveIntoAHandlerKeepsInplace() {
        String[] sources = {
                "def f(xs):\n    s = ''\n    for x in xs:\n        s += x\n        print(s)\n    return s\n",
                "def f(xs):\n    s = ''\n    for x in xs:\n        s += s\n    return s\n",
                "def f(xs):\n    s = ''\n    while len(s) < 3:\n        s += 'a'\n    return s\n",
                "def f(xs):\n    s = ''\n    try:\n        for x in xs:\n            s += x\n    except E:\n        return s\n",
                "def f(xs):\n    s = ''\n    for x in xs:\n        s += x\n        locals()\n    return s\n",
                "def f(xs):\n    s = ''\n    for x in xs:\n        s += x\n        g = lambda: s\n    return s\n",
                "s = ''\nfor x in 'ab':\n    s += x\n",
        };
        for (String source : sources) {
            CodeObject module = compile(source);
            CodeObject f = source.startsWith("def") ? function(module, "f") : module;
            assertEquals(0, count(f, Opcode.STR_APPEND), source);
            assertEquals(0, count(f, Opcode.STR_SEAL), source);
        }
    }
}
