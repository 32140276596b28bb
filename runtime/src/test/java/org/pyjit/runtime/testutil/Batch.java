package org.pyjit.runtime.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pyjit.runtime.exceptions.PyException;

/**
 * A batch of checks against CPython: each pairs a Python expression with Java code computing the
 * same thing through pyjit's runtime. One {@code python3} run evaluates all expressions (after an
 * optional prelude) and prints {@code repr(result)} or {@code !Type: message}; the Java results
 * are rendered the same way by {@link PyCanon}, and every mismatch is reported at once.
 */
public final class Batch {
    private final String prelude;
    private final List<String> exprs = new ArrayList<>();
    private final List<Supplier<Object>> actuals = new ArrayList<>();
    private Runnable beforeJava = () -> { };

    public Batch() {
        this("");
    }

    public Batch(String prelude) {
        this.prelude = prelude;
    }

    /** Runs between CPython's turn and pyjit's (e.g. to reset files CPython changed). */
    public Batch beforeJava(Runnable r) {
        this.beforeJava = r;
        return this;
    }

    public Batch check(String pythonExpr, Supplier<Object> java) {
        exprs.add(pythonExpr);
        actuals.add(java);
        return this;
    }

    /** Runs CPython and the Java side; fails listing every expression whose results differ. */
    public void run() {
        StringBuilder script = new StringBuilder(prelude).append('\n');
        script.append("def __show(f):\n    try:\n        r = f()\n    except BaseException as e:\n")
                .append("        return '!' + type(e).__name__ + ': ' + str(e)\n    return repr(r)\n");
        script.append("__exprs = [\n");
        for (String e : exprs) script.append("    ").append(literal(e)).append(",\n");
        script.append("]\nfor __e in __exprs:\n")
                .append("    print(__show(lambda: eval(__e, globals())).replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n'))\n");
        List<String> expected = CPython.lines(script.toString());
        if (expected.size() != exprs.size()) {
            throw new AssertionError("python3 printed " + expected.size() + " lines for " + exprs.size() + " expressions:\n"
                    + String.join("\n", expected));
        }
        beforeJava.run();
        StringBuilder failures = new StringBuilder();
        for (int i = 0; i < exprs.size(); i++) {
            String actual = escape(actual(actuals.get(i)));
            if (!expected.get(i).equals(actual)) {
                failures.append("\n  ").append(exprs.get(i)).append("\n    CPython: ").append(expected.get(i))
                        .append("\n    pyjit:   ").append(actual);
            }
        }
        if (failures.length() > 0) throw new AssertionError("results differ from CPython:" + failures);
    }

    private static String actual(Supplier<Object> s) {
        try {
            return PyCanon.repr(s.get());
        } catch (PyException e) {
            return PyCanon.exception(e);
        } catch (RuntimeException e) {
            return "<java " + e + ">";
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** A Python string literal for {@code s}, ASCII only. */
    public static String literal(String s) {
        StringBuilder b = new StringBuilder("'");
        s.codePoints().forEach(cp -> {
            if (cp == '\\' || cp == '\'') b.append('\\').append((char) cp);
            else if (cp == '\n') b.append("\\n");
            else if (cp < 0x20 || cp > 0x7e) b.append(cp > 0xffff ? String.format("\\U%08x", cp) : String.format("\\u%04x", cp));
            else b.append((char) cp);
        });
        return b.append('\'').toString();
    }
}
