package org.pyjit.compiler.bytecode;

import org.pyjit.compiler.ast.AugAssign;
import org.pyjit.compiler.ast.ClassDef;
import org.pyjit.compiler.ast.DictComp;
import org.pyjit.compiler.ast.FunctionDef;
import org.pyjit.compiler.ast.AsyncFunctionDef;
import org.pyjit.compiler.ast.GeneratorExp;
import org.pyjit.compiler.ast.Lambda;
import org.pyjit.compiler.ast.ListComp;
import org.pyjit.compiler.ast.Name;
import org.pyjit.compiler.ast.Node;
import org.pyjit.compiler.ast.Operator;
import org.pyjit.compiler.ast.SetComp;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the locals a loop only ever extends with {@code name += value}: inside the loop (its
 * body, and a while loop's test) the name occurs nowhere else, not even in the added values.
 * Such a name can hold a growable string buffer while the loop runs ({@link Opcode#STR_APPEND})
 * and become a str again where the loop is left ({@link Opcode#STR_SEAL}), so a loop building a
 * string piece by piece costs linear time, as CPython's in-place resize of an unshared str does.
 * Nothing in the loop can observe the difference, because nothing there reads the name.
 */
final class LoopStrAccumulation {
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            for (RecordComponent c : all) c.getAccessor().setAccessible(true);
            return all;
        }
    };

    /** Builtins that read the running frame's locals by other means than their names. */
    private static final List<String> FRAME_READERS = List.of("locals", "vars", "eval", "exec", "dir", "super");

    private final Map<String, Integer> appends = new HashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();

    private LoopStrAccumulation() {}

    /** The names {@code parts} (loop body statements, a while test) use only as {@code name += value} targets. */
    static Set<String> candidates(List<?> parts) {
        LoopStrAccumulation a = new LoopStrAccumulation();
        for (Object part : parts) a.walk(part, true);
        Set<String> names = new LinkedHashSet<>();
        for (String frameReader : FRAME_READERS) {
            if (a.occurrences.containsKey(frameReader)) return names;
        }
        a.appends.forEach((name, count) -> {
            if (count.equals(a.occurrences.get(name))) names.add(name);
        });
        return names;
    }

    /** {@code sameScope}: still in the loop's own code object (not in a nested function, class or comprehension). */
    private void walk(Object value, boolean sameScope) {
        switch (value) {
            case null -> { }
            case Name n -> occurrences.merge(n.id(), 1, Integer::sum);
            case AugAssign a when sameScope && a.op() == Operator.Add && a.target() instanceof Name n -> {
                appends.merge(n.id(), 1, Integer::sum);
                occurrences.merge(n.id(), 1, Integer::sum);
                walk(a.value(), true);
            }
            case List<?> list -> list.forEach(v -> walk(v, sameScope));
            case Record node -> {
                boolean nested = node instanceof FunctionDef || node instanceof AsyncFunctionDef || node instanceof Lambda
                        || node instanceof ClassDef || node instanceof ListComp || node instanceof SetComp
                        || node instanceof DictComp || node instanceof GeneratorExp;
                for (RecordComponent c : COMPONENTS.get(node.getClass())) {
                    walk(component(c, node), sameScope && !nested);
                }
            }
            default -> { }
        }
    }

    private static Object component(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
