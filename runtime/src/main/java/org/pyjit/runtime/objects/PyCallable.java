package org.pyjit.runtime.objects;

/**
 * Something Python can call, in pyjit's one calling convention: the positional arguments first,
 * then the values of the keyword arguments, whose names are {@code kwnames} (null or empty when
 * there are none), as CPython's vectorcall does.
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwnames);
}
