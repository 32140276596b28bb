package org.pyjit.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pyjit.runtime.nativecode.NativeTier;

/**
 * Every corpus program with {@code -X native=always}: each eligible function is compiled to
 * native code at its first call, and the output must still be CPython's.
 */
class NativeCorpusTest {
    private static NativeTier.Mode before;

    @BeforeAll
    static void nativeAlways() {
        before = NativeTier.mode();
        NativeTier.setMode(NativeTier.Mode.ALWAYS);
    }

    @AfterAll
    static void restoreMode() {
        NativeTier.setMode(before);
    }

    @TestFactory
    Stream<DynamicTest> corpusWithNativeAlways() throws IOException {
        Path corpus = CorpusProgramsTest.CORPUS;
        List<Path> programs = CorpusPrograms.list(corpus);
        if (programs.isEmpty()) fail("no corpus programs found under " + corpus);
        return programs.stream().map(p -> DynamicTest.dynamicTest(corpus.relativize(p).toString(), () -> CorpusProgramsTest.check(p)));
    }
}
