package org.pyjit.runtime.types;

import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;

/**
 * The {@code __dict__} and {@code __weakref__} descriptors a class gets when it is the first in its
 * MRO whose instances have them (CPython's subtype_dict / subtype_getweakref).
 */
final class InstanceDict {
    private InstanceDict() {}

    /** {@code obj.__dict__}: the attribute dict (materialized on first use), settable to another dict. */
    static PyGetSetDescriptor dictDescriptor(PyType owner) {
        return new PyGetSetDescriptor(owner, "__dict__", o -> {
            Install.checkReceiver(owner, "__dict__", o);
            return ((PyObject) o).materializeDict();
        }, (o, v) -> {
            Install.checkReceiver(owner, "__dict__", o);
            PyObject p = (PyObject) o;
            if (v == null) {
                p.dict = null;
            } else if (v instanceof PyDict d) {
                p.dict = d;
            } else {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(v) + "'");
            }
            p.shape = null;
            p.slots = null;
        });
    }

    /** {@code obj.__weakref__}: pyjit tracks weak references elsewhere, so this reads None. */
    static PyGetSetDescriptor weakrefDescriptor(PyType owner) {
        return new PyGetSetDescriptor(owner, "__weakref__", o -> {
            Install.checkReceiver(owner, "__weakref__", o);
            return PyNone.NONE;
        }, null);
    }
}
