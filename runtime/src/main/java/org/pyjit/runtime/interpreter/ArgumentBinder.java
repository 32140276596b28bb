package org.pyjit.runtime.interpreter;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.objects.PyDict;
import org.pyjit.runtime.objects.PyFunction;
import org.pyjit.runtime.objects.PyTuple;

/** Binds a call's arguments to a Python function's parameter registers, with CPython's errors. */
final class ArgumentBinder {
    private ArgumentBinder() {}

    static void bind(PyFunction fn, CodeObject code, Object[] regs, Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argcount = code.argcount;
        boolean varargs = code.hasFlag(CodeObject.VARARGS);
        boolean varkw = code.hasFlag(CodeObject.VARKEYWORDS);
        int kwonly = code.kwonlyargcount;
        int varargsReg = argcount + kwonly;
        int varkwReg = varargsReg + (varargs ? 1 : 0);

        int direct = Math.min(npos, argcount);
        System.arraycopy(args, 0, regs, 0, direct);
        if (varargs) {
            regs[varargsReg] = npos > argcount
                    ? new PyTuple(java.util.Arrays.copyOfRange(args, argcount, npos)) : PyTuple.EMPTY;
        } else if (npos > argcount) {
            throw tooManyPositional(fn, code, npos, args, kwnames);
        }
        PyDict kwargs = varkw ? new PyDict() : null;
        if (varkw) regs[varkwReg] = kwargs;
        String[] names = code.varnames;
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            Object value = args[npos + k];
            int idx = -1;
            for (int i = code.posonlyargcount; i < argcount + kwonly; i++) {
                if (names[i].equals(name)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (kwargs != null) {
                    kwargs.putStr(name, value);
                    continue;
                }
                for (int i = 0; i < code.posonlyargcount; i++) {
                    if (names[i].equals(name)) {
                        if (posOnlyAsKw == null) posOnlyAsKw = new ArrayList<>();
                        posOnlyAsKw.add(name);
                        idx = -2;
                        break;
                    }
                }
                if (idx == -2) continue;
                throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (regs[idx] != null) throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
            regs[idx] = value;
        }
        if (posOnlyAsKw != null) {
            throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKw) + "'");
        }
        if (npos < argcount) fillDefaults(fn, code, regs, npos);
        if (kwonly > 0) fillKwDefaults(fn, code, regs);
    }

    private static void fillDefaults(PyFunction fn, CodeObject code, Object[] regs, int npos) {
        int argcount = code.argcount;
        Object[] defaults = fn.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        int firstDefault = argcount - ndef;
        List<String> missing = null;
        for (int i = npos; i < argcount; i++) {
            if (regs[i] != null) continue;
            if (i >= firstDefault) regs[i] = defaults[i - firstDefault];
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(code.varnames[i]);
            }
        }
        if (missing != null) throw missing(fn, missing, "positional");
    }

    private static void fillKwDefaults(PyFunction fn, CodeObject code, Object[] regs) {
        List<String> missing = null;
        for (int i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
            if (regs[i] != null) continue;
            Object d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(code.varnames[i]);
            if (d != null) regs[i] = d;
            else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(code.varnames[i]);
            }
        }
        if (missing != null) throw missing(fn, missing, "keyword-only");
    }

    private static RuntimeException missing(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(fn.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, CodeObject code, int given, Object[] args, String[] kwnames) {
        int argcount = code.argcount;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        String takes;
        if (ndef > 0) takes = "from " + (argcount - ndef) + " to " + argcount + " positional arguments";
        else takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int i = code.argcount; i < code.argcount + code.kwonlyargcount; i++) {
                    if (code.varnames[i].equals(k)) kwonlyGiven++;
                }
            }
        }
        String was = given == 1 ? "was" : "were";
        if (kwonlyGiven > 0) {
            return Errors.typeError(fn.qualname + "() takes " + takes + " but " + given + " positional argument"
                    + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s")
                    + ") were given");
        }
        return Errors.typeError(fn.qualname + "() takes " + takes + " but " + given + " " + was + " given");
    }
}
