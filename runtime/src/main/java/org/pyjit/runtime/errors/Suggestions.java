package org.pyjit.runtime.errors;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyTraceback;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.ops.Ops;

/**
 * The "Did you mean: 'x'?" hint CPython 3.11 adds to uncaught AttributeError and NameError: the
 * closest candidate by a Levenshtein distance where a case change costs half a move.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40, MAX_CANDIDATE_ITEMS = 750;

    /** The hint for {@code exc}, or null. */
    static String hintFor(PyBaseException exc) {
        try {
            if (exc.type.isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) return attributeHint(exc);
            if (exc.type.isSubtypeOf(ExceptionTypes.NAME_ERROR)) return nameHint(exc);
        } catch (RuntimeException e) {
            return null; // a hint is never worth a second error
        }
        return null;
    }

    private static String attributeHint(PyBaseException exc) {
        Object name = Ops.getAttrOrNull(exc, "name"), obj = Ops.getAttrOrNull(exc, "obj");
        if (!(name instanceof String n) || obj == null || obj == org.pyjit.runtime.objects.PyNone.NONE && !"NoneType".equals(Ops.typeName(obj))) return null;
        Object dir = Ops.call(org.pyjit.runtime.builtins.BuiltinsModule.namespace().getStr("dir"), obj);
        return best(strings(dir), n);
    }

    private static String nameHint(PyBaseException exc) {
        Object name = Ops.getAttrOrNull(exc, "name");
        if (!(name instanceof String n) || exc.traceback == null) return null;
        PyTraceback last = exc.traceback;
        while (last.next != null) last = last.next;
        String s = best(List.of(last.code.varnames), n);
        if (s == null && last.globals != null) s = best(keys(last.globals), n);
        if (s == null && last.builtins != null) s = best(keys(last.builtins), n);
        return s;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>();
        for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) if (d.keyAt(e) instanceof String s) out.add(s);
        return out;
    }

    private static List<String> strings(Object iterable) {
        List<String> out = new ArrayList<>();
        Object it = Ops.iter(iterable);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) if (x instanceof String s) out.add(s);
        return out;
    }

    static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        String suggestion = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            int max = (name.length() + item.length() + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(name, item, max);
            if (d > max) continue;
            if (suggestion == null || d < bestDistance) {
                suggestion = item;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitution(char a, char b) {
        if (a == b) return 0;
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) return CASE_COST;
        return MOVE_COST;
    }

    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) return 0;
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) start++;
        int ea = a.length(), eb = b.length();
        while (ea > start && eb > start && a.charAt(ea - 1) == b.charAt(eb - 1)) {
            ea--;
            eb--;
        }
        a = a.substring(start, ea);
        b = b.substring(start, eb);
        if (a.isEmpty() || b.isEmpty()) return (a.length() + b.length()) * MOVE_COST;
        if (a.length() > MAX_STRING_SIZE || b.length() > MAX_STRING_SIZE) return maxCost + 1;
        if (b.length() < a.length()) {
            String t = a;
            a = b;
            b = t;
        }
        if ((b.length() - a.length()) * MOVE_COST > maxCost) return maxCost + 1;
        int[] buffer = new int[a.length()];
        for (int i = 0; i < buffer.length; i++) buffer[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < b.length(); bi++) {
            char code = b.charAt(bi);
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length(); i++) {
                int substitute = distance + substitution(code, a.charAt(i));
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
