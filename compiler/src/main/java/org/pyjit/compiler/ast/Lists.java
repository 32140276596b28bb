package org.pyjit.compiler.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Makes the list components of AST records immutable; some of them legitimately hold nulls. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> immutable(List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                // List.copyOf rejects nulls, but Dict keys and kwDefaults need them
                return Collections.unmodifiableList(new ArrayList<>(list));
            }
        }
        return List.copyOf(list);
    }
}
