package org.pyjit.runtime.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyType;

/** The C3 method resolution order, with CPython's errors. */
final class Mro {
    private Mro() {}

    /**
     * The MRO of a class with these bases, without the class itself at the head (the caller puts it
     * there): the C3 merge of the bases' MROs and the list of bases.
     */
    static List<PyType> linearizeBases(PyType[] bases) {
        checkDuplicates(bases);
        List<PyType[]> toMerge = new ArrayList<>();
        for (PyType b : bases) toMerge.add(b.mro);
        toMerge.add(bases);
        int n = toMerge.size();
        int[] remain = new int[n];
        List<PyType> result = new ArrayList<>();
        while (true) {
            PyType chosen = null;
            int empty = 0;
            for (int i = 0; i < n && chosen == null; i++) {
                PyType[] cur = toMerge.get(i);
                if (remain[i] >= cur.length) {
                    empty++;
                    continue;
                }
                PyType candidate = cur[remain[i]];
                if (!inAnyTail(toMerge, remain, candidate)) chosen = candidate;
            }
            if (chosen == null) {
                if (empty == n) return result;
                throw inconsistent(toMerge, remain);
            }
            result.add(chosen);
            for (int j = 0; j < n; j++) {
                PyType[] l = toMerge.get(j);
                if (remain[j] < l.length && l[remain[j]] == chosen) remain[j]++;
            }
        }
    }

    private static boolean inAnyTail(List<PyType[]> lists, int[] remain, PyType candidate) {
        for (int j = 0; j < lists.size(); j++) {
            PyType[] l = lists.get(j);
            for (int k = remain[j] + 1; k < l.length; k++) if (l[k] == candidate) return true;
        }
        return false;
    }

    private static void checkDuplicates(PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) throw Errors.typeError("duplicate base class " + bases[i].name);
            }
        }
    }

    /** CPython names the heads that could not be placed, in order of first appearance. */
    private static RuntimeException inconsistent(List<PyType[]> lists, int[] remain) {
        Set<String> heads = new LinkedHashSet<>();
        for (int i = 0; i < lists.size(); i++) {
            PyType[] l = lists.get(i);
            if (remain[i] < l.length) heads.add(l[remain[i]].name);
        }
        return Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + String.join(", ", heads));
    }

    /** {@code [head] + linearizeBases(bases)} as an array. */
    static PyType[] withHead(PyType head, List<PyType> tail) {
        PyType[] mro = new PyType[tail.size() + 1];
        mro[0] = head;
        for (int i = 0; i < tail.size(); i++) mro[i + 1] = tail.get(i);
        return mro;
    }
}
