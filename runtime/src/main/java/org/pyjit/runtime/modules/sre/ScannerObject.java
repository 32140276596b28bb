package org.pyjit.runtime.modules.sre;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyGetSetDescriptor;
import org.pyjit.runtime.objects.PyIterator;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code SRE_Scanner}: successive matches over one subject ({@code match()} anchored at the
 * current position, {@code search()} anywhere after it); after an empty match the next one must
 * advance, as in CPython 3.7+. {@code finditer} iterates {@code search()}.
 */
final class ScannerObject extends PyObject {
    static final PyType TYPE = BuiltinTypes.make("SRE_Scanner", BuiltinTypes.OBJECT);
    static final PyType ITERATOR = PyIterator.makeType("callable_iterator");

    private final PatternObject pattern;
    private final SreText text;
    private final int pos, endpos;
    private final SreEngine engine;
    private int at;
    private boolean mustAdvance, done;

    ScannerObject(PatternObject pattern, Object string, Object pos, Object endpos) {
        super(TYPE);
        this.pattern = pattern;
        this.text = pattern.text(string);
        this.pos = pos == null ? 0 : PatternObject.clamp(pos, text.length());
        this.endpos = endpos == null ? text.length() : PatternObject.clamp(endpos, text.length());
        this.engine = pattern.engine(text, this.endpos);
        this.at = this.pos;
        this.done = this.pos > this.endpos;
    }

    /** The next match (search or anchored), or null when there is none. */
    Object next(boolean search) {
        if (done || at > endpos) {
            done = true;
            return null;
        }
        engine.mustAdvance = mustAdvance;
        engine.matchAll = false;
        boolean ok = search ? engine.search(at) : engine.matchAt(at);
        if (!ok) {
            done = true;
            return null;
        }
        MatchObject m = new MatchObject(pattern, text, pos, endpos, engine);
        mustAdvance = engine.ptr == engine.start;
        at = engine.ptr;
        return m;
    }

    PyIterator iterator() {
        return new PyIterator(ITERATOR) {
            @Override
            public Object next() {
                return ScannerObject.this.next(true);
            }
        };
    }

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "_sre");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            throw Errors.typeError("cannot create '_sre.SRE_Scanner' instances");
        }));
        t.namespace.putStr("match", PyMethodDescriptor.positional(t, "match", 0, 0, a -> orNone(((ScannerObject) a[0]).next(false))));
        t.namespace.putStr("search", PyMethodDescriptor.positional(t, "search", 0, 0, a -> orNone(((ScannerObject) a[0]).next(true))));
        t.namespace.putStr("pattern", new PyGetSetDescriptor(t, "pattern", o -> ((ScannerObject) o).pattern, null));
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
