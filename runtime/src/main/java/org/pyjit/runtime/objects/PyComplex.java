package org.pyjit.runtime.objects;

import org.pyjit.runtime.types.BuiltinTypes;

/** Python {@code complex}: an immutable pair of doubles (program subclasses box it in {@link PyBoxed}). */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        super(BuiltinTypes.COMPLEX);
        this.real = real;
        this.imag = imag;
    }

    @Override
    public String toString() {
        return "(" + real + "+" + imag + "j)";
    }
}
