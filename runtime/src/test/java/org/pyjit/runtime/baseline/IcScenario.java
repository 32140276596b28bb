package org.pyjit.runtime.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.PyRuntime;
import org.pyjit.runtime.baseline.ic.InlineCache;
import org.pyjit.runtime.builtins.BuiltinsModule;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.imports.SourceCompiler;
import org.pyjit.runtime.interpreter.Interpreter;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyModule;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.testutil.CPython;

/**
 * A script of steps run twice: in pyjit, where the checked operations go through inline-cache
 * sites built by the test, and in CPython, where the same operations are plain Python
 * expressions. Statements (class changes, rebinding) run in both; every checked value is compared
 * with what CPython printed for its expression, so no expected value is written by hand.
 */
public final class IcScenario {
    private final StringBuilder python = new StringBuilder();
    private final List<String> expressions = new ArrayList<>();
    private final List<String> actual = new ArrayList<>();
    private final PyDict globals;

    public IcScenario(String setup) {
        PyRuntime.bootstrap();
        PyModule module = new PyModule("__main__");
        globals = module.dict;
        globals.putStr("__builtins__", BuiltinsModule.MODULE);
        python.append("def __show(f):\n    try:\n        r = f()\n    except BaseException as e:\n")
                .append("        return '!' + type(e).__name__ + ': ' + str(e)\n    return repr(r)\n");
        exec(setup);
    }

    public PyDict globals() {
        return globals;
    }

    /** Runs Python statements in both implementations. */
    public IcScenario exec(String statements) {
        python.append(statements).append('\n');
        CodeObject code = SourceCompiler.compileModule(statements + "\n", "<scenario>");
        Interpreter.runWithLocals(code, globals, globals, null, null);
        return this;
    }

    /** The value of a Python expression in pyjit (the operands given to a site). */
    public Object eval(String expr) {
        CodeObject code = SourceCompiler.compileModule("__value = " + expr + "\n", "<scenario>");
        Interpreter.runWithLocals(code, globals, globals, null, null);
        return globals.getStr("__value");
    }

    /**
     * Checks one operation: {@code pythonExpr} is what CPython evaluates; {@code viaSite} computes
     * the same in pyjit (through a site). Results compare as reprs, exceptions as type and message.
     */
    public IcScenario check(String pythonExpr, Function<IcScenario, Object> viaSite) {
        expressions.add(pythonExpr);
        python.append("print(__show(lambda: ").append(pythonExpr).append(").replace('\\n', '\\\\n'))\n");
        String shown;
        try {
            shown = Ops.repr(viaSite.apply(this));
        } catch (PyException e) {
            shown = "!" + e.value.type.name + ": " + Ops.str(e.value);
        }
        actual.add(shown.replace("\n", "\\n"));
        return this;
    }

    /** Asserts the state of a site now. */
    public IcScenario expectState(InlineCache site, BaselineStats.SiteState state) {
        assertEquals(state, site.state(), () -> "site kinds: " + site.kinds());
        return this;
    }

    /** Runs CPython on the same script and compares every checked value. */
    public void verify() {
        List<String> expected = CPython.lines(python.toString());
        StringBuilder diffs = new StringBuilder();
        for (int i = 0; i < expressions.size(); i++) {
            String want = i < expected.size() ? expected.get(i) : "<nothing>";
            if (!want.equals(actual.get(i))) {
                diffs.append("\n  ").append(expressions.get(i)).append("\n    CPython: ").append(want)
                        .append("\n    pyjit:   ").append(actual.get(i));
            }
        }
        assertEquals(expressions.size(), expected.size(), "CPython printed:\n" + String.join("\n", expected));
        if (!diffs.isEmpty()) throw new AssertionError("results differ from CPython:" + diffs);
    }

    /** Invokes a site's current target (its guard chain) with the operands. */
    public static Object invoke(InlineCache site, Object... operands) {
        try {
            return site.dynamicInvoker().invokeWithArguments(operands);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
