package org.pyjit.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.PyRuntime;
import org.pyjit.runtime.imports.SourceCompiler;

/** {@link BaselineCompiler#bodyLength}, which reads the class file's bytes itself, against the JDK's ClassFile API. */
class BaselineBodyLengthTest {
    private static final String SOURCE = """
            def f(a, b):
                total = 0.5
                for i in range(a):
                    try:
                        total += i * 3000000000 - b
                    except ValueError:
                        total = -1
                return [total, 'text', 2.5, (1, 2)]
            class K:
                def m(self, x):
                    return self.y + x
            """;

    private static int bodyLengthByClassFileApi(byte[] bytes) {
        for (MethodModel mm : ClassFile.of().parse(bytes).methods()) {
            if (mm.methodName().equalsString("body")) {
                return mm.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElse(0);
            }
        }
        return 0;
    }

    @Test
    void bodyLengthIsTheCodeLengthOfTheBodyMethod() throws Exception {
        PyRuntime.bootstrap();
        CodeObject module = SourceCompiler.compileModule(SOURCE, "/tmp/body_length.py");
        int checked = 0;
        for (CodeObject code : Tier1Profiles.codeObjects(module)) {
            byte[] bytes = BaselineCompiler.generateClass(code).bytes();
            int expected = bodyLengthByClassFileApi(bytes);
            assertTrue(expected > 0);
            assertEquals(expected, BaselineCompiler.bodyLength(bytes), code.qualname);
            checked++;
        }
        assertTrue(checked >= 2);
    }

    @Test
    void truncatedClassFileIsTooLongToLoad() throws Exception {
        PyRuntime.bootstrap();
        CodeObject module = SourceCompiler.compileModule(SOURCE, "/tmp/body_length.py");
        byte[] bytes = BaselineCompiler.generateClass(module).bytes();
        assertEquals(Integer.MAX_VALUE, BaselineCompiler.bodyLength(Arrays.copyOf(bytes, 40)));
    }
}
