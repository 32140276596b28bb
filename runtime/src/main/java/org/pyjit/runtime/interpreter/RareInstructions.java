package org.pyjit.runtime.interpreter;

import static org.pyjit.runtime.interpreter.Interpreter.opt;
import static org.pyjit.runtime.interpreter.Interpreter.optNone;
import static org.pyjit.runtime.interpreter.Interpreter.read;

import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.Opcode;
import org.pyjit.runtime.exceptions.Errors;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyException;
import org.pyjit.runtime.imports.ImportSystem;
import org.pyjit.runtime.objects.*;
import org.pyjit.runtime.ops.Ops;
import org.pyjit.runtime.ops.PatternMatching;

/**
 * The instructions that are rare in hot loops, kept out of {@link Interpreter}'s dispatch method
 * so that method stays small enough for the JVM's compilers to compile it well.
 */
final class RareInstructions {
    private RareInstructions() {}

    private static final Opcode[] OPS = Opcode.values();

    /** Executes the instruction at {@code pc}; returns the offset of the next one. */
    static int execute(Frame f, ThreadState ts, Object[] k, String[] names, int pc) {
        final CodeObject code = f.code;
        final int[] c = code.code;
        final Object[] r = f.regs;
        final int ip = pc;
        switch (OPS[c[pc]]) {
            case DELETE_FAST -> {
                read(f, c[pc + 1]);
                r[c[pc + 1]] = null;
                pc += 2;
            }
            case DELETE_GLOBAL -> {
                String n = names[c[pc + 1]];
                if (!f.globals.removeStr(n)) throw Errors.nameNotDefined(n);
                pc += 2;
            }
            case DELETE_NAME -> {
                NameAccess.delete(f, names[c[pc + 1]]);
                pc += 2;
            }
            case DELETE_DEREF -> {
                PyCell cell = (PyCell) r[c[pc + 1]];
                if (cell.value == null) throw NameAccess.unboundCell(code, c[pc + 1]);
                cell.value = null;
                pc += 2;
            }
            case LOAD_CLASSDEREF -> {
                r[c[pc + 1]] = NameAccess.loadClassDeref(f, (PyCell) r[c[pc + 2]], names[c[pc + 3]], c[pc + 2]);
                pc += 4;
            }
            case DELETE_ATTR -> {
                Ops.delAttr(read(f, c[pc + 1]), names[c[pc + 2]]);
                pc += 3;
            }
            case CALL_EX -> {
                f.pc = ip;
                r[c[pc + 1]] = Calls.callEx(read(f, c[pc + 2]), read(f, c[pc + 3]), c[pc + 4] < 0 ? null : read(f, c[pc + 4]));
                pc += 5;
            }
            case BUILD_SET -> {
                r[c[pc + 1]] = Builders.set(r, c[pc + 2], c[pc + 3]);
                pc += 4;
            }
            case BUILD_MAP -> {
                PyDict d = new PyDict();
                int first = c[pc + 2];
                for (int i = 0; i < c[pc + 3]; i++) d.put(r[first + 2 * i], r[first + 2 * i + 1]);
                r[c[pc + 1]] = d;
                pc += 4;
            }
            case BUILD_SLICE -> {
                r[c[pc + 1]] = new PySlice(optNone(f, c[pc + 2]), optNone(f, c[pc + 3]), optNone(f, c[pc + 4]));
                pc += 5;
            }
            case BUILD_STRING -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < c[pc + 3]; i++) sb.append((String) r[c[pc + 2] + i]);
                r[c[pc + 1]] = sb.toString();
                pc += 4;
            }
            case SET_ADD -> {
                Builders.setAdd(r[c[pc + 1]], read(f, c[pc + 2]));
                pc += 3;
            }
            case MAP_ADD -> {
                Ops.setItem(r[c[pc + 1]], read(f, c[pc + 2]), read(f, c[pc + 3]));
                pc += 4;
            }
            case LIST_EXTEND -> {
                Builders.listExtend((PyList) r[c[pc + 1]], read(f, c[pc + 2]), c[pc + 3] < 0 ? null : r[c[pc + 3]]);
                pc += 4;
            }
            case SET_UPDATE -> {
                Builders.setUpdate(r[c[pc + 1]], read(f, c[pc + 2]));
                pc += 3;
            }
            case DICT_UPDATE -> {
                Builders.dictUpdate((PyDict) r[c[pc + 1]], read(f, c[pc + 2]));
                pc += 3;
            }
            case DICT_MERGE -> {
                Builders.dictMerge((PyDict) r[c[pc + 1]], read(f, c[pc + 2]), r[c[pc + 3]]);
                pc += 4;
            }
            case LIST_TO_TUPLE -> {
                r[c[pc + 1]] = new PyTuple(((PyList) r[c[pc + 2]]).toArray());
                pc += 3;
            }
            case FORMAT -> {
                r[c[pc + 1]] = Builders.format(read(f, c[pc + 2]), c[pc + 3], c[pc + 4] < 0 ? null : r[c[pc + 4]]);
                pc += 5;
            }
            case DELETE_SUBSCR -> {
                Ops.delItem(read(f, c[pc + 1]), read(f, c[pc + 2]));
                pc += 3;
            }
            case UNPACK -> {
                Builders.unpack(read(f, c[pc + 3]), r, c[pc + 1], c[pc + 2]);
                pc += 4;
            }
            case UNPACK_EX -> {
                Builders.unpackEx(read(f, c[pc + 4]), r, c[pc + 1], c[pc + 2], c[pc + 3]);
                pc += 5;
            }
            case MAKE_FUNCTION -> {
                r[c[pc + 1]] = Builders.makeFunction(f, (CodeObject) k[c[pc + 2]], opt(f, c[pc + 3]),
                        opt(f, c[pc + 4]), opt(f, c[pc + 5]), opt(f, c[pc + 6]));
                pc += 7;
            }
            case IMPORT_NAME -> {
                f.pc = ip;
                r[c[pc + 1]] = ImportSystem.importName(names[c[pc + 2]], f.globals, k[c[pc + 3]], c[pc + 4]);
                pc += 5;
            }
            case IMPORT_FROM -> {
                r[c[pc + 1]] = ImportSystem.importFrom(read(f, c[pc + 2]), names[c[pc + 3]]);
                pc += 4;
            }
            case IMPORT_STAR -> {
                ImportSystem.importStar(read(f, c[pc + 1]), f.locals != null ? f.locals : f.globals);
                pc += 2;
            }
            case GET_YIELD_FROM_ITER -> {
                Object v = read(f, c[pc + 2]);
                r[c[pc + 1]] = v instanceof PyGenerator ? v : Ops.iter(v);
                f.extras().sent = PyNone.NONE;
                pc += 3;
            }
            case GET_AWAITABLE -> {
                r[c[pc + 1]] = Generators.awaitable(read(f, c[pc + 2]));
                f.extras().sent = PyNone.NONE;
                pc += 3;
            }
            case LOAD_BUILD_CLASS -> {
                r[c[pc + 1]] = ClassBuilder.BUILD_CLASS;
                pc += 2;
            }
            case SETUP_ANNOTATIONS -> {
                NameAccess.setupAnnotations(f);
                pc += 1;
            }
            case LOAD_ASSERTION_ERROR -> {
                r[c[pc + 1]] = ExceptionTypes.ASSERTION_ERROR;
                pc += 2;
            }
            case WITH_ENTER -> {
                f.pc = ip;
                r[c[pc + 1]] = Calls.withEnter(read(f, c[pc + 3]), r, c[pc + 2]);
                pc += 4;
            }
            case WITH_EXIT -> {
                f.pc = ip;
                r[c[pc + 1]] = Calls.withExit(r[c[pc + 2]], c[pc + 3] < 0 ? null : (PyBaseException) r[c[pc + 3]]);
                pc += 4;
            }
            case LOAD_LOCALS -> {
                r[c[pc + 1]] = NameAccess.locals(f);
                pc += 2;
            }
            case ASYNC_WITH_ENTER -> {
                f.pc = ip;
                r[c[pc + 1]] = Calls.asyncWithEnter(read(f, c[pc + 3]), r, c[pc + 2]);
                pc += 4;
            }
            case ASYNC_WITH_EXIT -> {
                f.pc = ip;
                r[c[pc + 1]] = Calls.asyncWithExit(r[c[pc + 2]], c[pc + 3] < 0 ? null : (PyBaseException) r[c[pc + 3]]);
                pc += 4;
            }
            case GET_AITER -> {
                r[c[pc + 1]] = Calls.aiter(read(f, c[pc + 2]));
                pc += 3;
            }
            case GET_ANEXT -> {
                r[c[pc + 1]] = Calls.anext(read(f, c[pc + 2]));
                f.extras().sent = PyNone.NONE;
                pc += 3;
            }
            case LOAD_STOP_ASYNC_ITERATION -> {
                r[c[pc + 1]] = ExceptionTypes.STOP_ASYNC_ITERATION;
                pc += 2;
            }
            case TO_BOOL -> {
                r[c[pc + 1]] = Ops.isTrue(read(f, c[pc + 2]));
                pc += 3;
            }
            case GET_LEN -> {
                f.pc = ip;
                r[c[pc + 1]] = PatternMatching.getLen(read(f, c[pc + 2]));
                pc += 3;
            }
            case MATCH_SEQUENCE -> {
                f.pc = ip;
                r[c[pc + 1]] = PatternMatching.isSequence(read(f, c[pc + 2]));
                pc += 3;
            }
            case MATCH_MAPPING -> {
                f.pc = ip;
                r[c[pc + 1]] = PatternMatching.isMapping(read(f, c[pc + 2]));
                pc += 3;
            }
            case MATCH_KEYS -> {
                f.pc = ip;
                r[c[pc + 1]] = PatternMatching.matchKeys(read(f, c[pc + 2]), read(f, c[pc + 3]));
                pc += 4;
            }
            case COPY_DICT_WITHOUT_KEYS -> {
                f.pc = ip;
                r[c[pc + 1]] = PatternMatching.copyDictWithoutKeys(read(f, c[pc + 2]), read(f, c[pc + 3]));
                pc += 4;
            }
            case MATCH_CLASS -> {
                f.pc = ip;
                r[c[pc + 1]] = PatternMatching.matchClass(read(f, c[pc + 2]), read(f, c[pc + 3]), c[pc + 4],
                        (String[]) k[c[pc + 5]]);
                pc += 6;
            }
            case CHECK_EG_MATCH -> {
                f.pc = ip;
                Object[] mr = ExceptStar.match(r[c[pc + 3]], read(f, c[pc + 4]));
                r[c[pc + 1]] = mr[0] != PyNone.NONE;
                r[c[pc + 2]] = mr[0];
                r[c[pc + 3]] = mr[1];
                pc += 5;
            }
            case PREP_RERAISE_STAR -> {
                f.pc = ip;
                PyBaseException raise = ExceptStar.reraise(r[c[pc + 1]], (org.pyjit.runtime.objects.PyList) r[c[pc + 2]]);
                if (raise != null) {
                    PyException e = new PyException(raise);
                    e.tracedFrame = f; // as RERAISE: the parts keep the tracebacks they have
                    throw e;
                }
                pc += 3;
            }
            case STR_SEAL -> {
                r[c[pc + 1]] = org.pyjit.runtime.types.string.StrAccumulator.seal(r[c[pc + 1]]);
                pc += 2;
            }
            default -> throw new IllegalStateException("not a rare instruction: " + OPS[c[pc]]);
        }
        return pc;
    }
}
