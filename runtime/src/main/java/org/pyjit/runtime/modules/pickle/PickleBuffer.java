package org.pyjit.runtime.modules.pickle;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.modules.MemoryView;
import org.pyjit.runtime.objects.BufferExporter;
import org.pyjit.runtime.objects.Buffers;
import org.pyjit.runtime.objects.PyBuiltinFunction;
import org.pyjit.runtime.objects.PyMethodDescriptor;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyObject;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.types.BuiltinTypes;

/**
 * {@code pickle.PickleBuffer(buffer)}: a wrapper around a bytes-like object that protocol 5
 * pickles in band (as bytes or bytearray, by its read-only flag) or hands to {@code buffer_callback}
 * to travel out of band. It exports the wrapped bytes itself; {@code raw()} and {@code release()}.
 */
final class PickleBuffer extends PyObject implements BufferExporter {
    static final PyType TYPE = BuiltinTypes.make("PickleBuffer", BuiltinTypes.OBJECT);

    private BufferExporter view;
    /** The object given to the constructor (memoryview() of a PickleBuffer views it). */
    private Object source;

    PickleBuffer(BufferExporter view, Object source) {
        super(TYPE);
        this.view = view;
        this.source = source;
    }

    static void install() {
        PyType t = TYPE;
        t.namespace.putStr("__module__", "pickle");
        t.namespace.putStr("__new__", new PyBuiltinFunction("__new__", null, (a, kw) -> {
            if (kw != null && kw.length > 0) throw Errors.typeError("PickleBuffer() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError("PickleBuffer expected 1 argument, got " + (a.length - 1));
            return new PickleBuffer(Buffers.exporter(a[1]), a[1]);
        }));
        t.namespace.putStr("raw", PyMethodDescriptor.positional(t, "raw", 0, 0, a -> MemoryView.of(((PickleBuffer) a[0]).bufferSource())));
        t.namespace.putStr("release", PyMethodDescriptor.positional(t, "release", 0, 0, a -> {
            ((PickleBuffer) a[0]).view = null;
            ((PickleBuffer) a[0]).source = null;
            return PyNone.NONE;
        }));
    }

    private BufferExporter live() {
        if (view == null) throw Errors.valueError("operation forbidden on released PickleBuffer object");
        return view;
    }

    byte[] data() {
        BufferExporter v = live();
        if (!v.bufferContiguous()) throw PickleModule.picklingError("PickleBuffer can not be pickled when pointing to a non-contiguous buffer");
        return v.bufferCopy();
    }

    boolean readonly() {
        return live().bufferReadOnly();
    }

    @Override
    public Object bufferSource() {
        live();
        return source;
    }

    @Override
    public byte[] bufferArray() {
        return live().bufferArray();
    }

    @Override
    public int bufferOffset() {
        return live().bufferOffset();
    }

    @Override
    public int bufferLength() {
        return live().bufferLength();
    }

    @Override
    public String bufferFormat() {
        return live().bufferFormat();
    }

    @Override
    public int bufferItemSize() {
        return live().bufferItemSize();
    }

    @Override
    public boolean bufferContiguous() {
        return live().bufferContiguous();
    }

    @Override
    public boolean bufferReadOnly() {
        return live().bufferReadOnly();
    }
}
