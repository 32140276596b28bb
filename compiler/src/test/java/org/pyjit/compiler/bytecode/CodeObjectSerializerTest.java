package org.pyjit.compiler.bytecode;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.pyjit.compiler.parser.PythonSourceParser;

class CodeObjectSerializerTest {
    private static final String SOURCE = """
            import sys
            X = 2 ** 100
            def f(a, *args, k=1.5, **kw):
                '''doc'''
                return [a, b'\\x00', 3j, ..., None, True, "s\\ud800"]
            class C:
                def m(self):
                    return super().m(k=1)
            """;

    private static CodeObject compile() {
        return BytecodeCompiler.compile(PythonSourceParser.parseModule(SOURCE, "m.py"), "m.py", SOURCE);
    }

    @Test
    void roundTripKeepsEveryField() {
        CodeObject c = compile();
        byte[] bytes = CodeObjectSerializer.serialize(c);
        CodeObject back = CodeObjectSerializer.deserialize(bytes);
        assertEquals(Disassembler.disassemble(c), Disassembler.disassemble(back));
        assertArrayEquals(bytes, CodeObjectSerializer.serialize(back));
    }

    @Test
    void serializationIsDeterministic() {
        assertArrayEquals(CodeObjectSerializer.serialize(compile()), CodeObjectSerializer.serialize(compile()));
    }

    @Test
    void foreignOrTruncatedBytesAreRejected() {
        byte[] bytes = CodeObjectSerializer.serialize(compile());
        assertThrows(IllegalArgumentException.class, () -> CodeObjectSerializer.deserialize(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertThrows(IllegalArgumentException.class,
                () -> CodeObjectSerializer.deserialize(java.util.Arrays.copyOf(bytes, bytes.length / 2)));
    }

    @Test
    void nonAsciiNamesAndFileNamesRoundTrip() {
        String source = "def caf\u00e9(\u03bb=1):\n    x\u00e9 = '\u00e9\\x00'\n    return \u03bb, x\u00e9\n";
        String file = "r\u00e9p/\u6a21\u5757.py";
        CodeObject c = BytecodeCompiler.compile(PythonSourceParser.parseModule(source, file), file, source);
        byte[] bytes = CodeObjectSerializer.serialize(c);
        CodeObject back = CodeObjectSerializer.deserialize(bytes);
        assertEquals(file, back.filename);
        CodeObject f = (CodeObject) java.util.Arrays.stream(back.consts).filter(k -> k instanceof CodeObject).findFirst().orElseThrow();
        assertEquals("caf\u00e9", f.name);
        assertEquals(Disassembler.disassemble(c), Disassembler.disassemble(back));
        assertArrayEquals(bytes, CodeObjectSerializer.serialize(back));
    }

    @Test
    void everyTruncationIsRejected() {
        byte[] bytes = CodeObjectSerializer.serialize(compile());
        for (int n = 0; n < bytes.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(bytes, n);
            assertThrows(IllegalArgumentException.class, () -> CodeObjectSerializer.deserialize(cut), "length " + n);
        }
    }
}
