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
    void stringsOfOneByteAndOfWiderCharactersKeepEveryCharacter() {
        // one byte a character up to U+00FF (the empty string too), UTF-16 units from U+0100 on
        String[] texts = {"", "plain", "\u00ff\u0080\u0000x", "\u0100", "mixed \u00e9 \u20ac", "\ud83d\ude00"};
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            source.append("v").append(i).append(" = '");
            for (char ch : texts[i].toCharArray()) source.append(String.format("\\u%04x", (int) ch));
            source.append("'\n");
        }
        CodeObject c = BytecodeCompiler.compile(PythonSourceParser.parseModule(source.toString(), "s.py"), "s.py", source.toString());
        CodeObject back = CodeObjectSerializer.deserialize(CodeObjectSerializer.serialize(c));
        java.util.List<Object> expected = java.util.Arrays.stream(c.consts).filter(k -> k instanceof String).toList();
        java.util.List<Object> actual = java.util.Arrays.stream(back.consts).filter(k -> k instanceof String).toList();
        assertEquals(expected, actual);
        for (String t : texts) {
            if (t.length() != 2) assertTrue(actual.contains(t), "lost " + t.chars().boxed().toList());
        }
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
