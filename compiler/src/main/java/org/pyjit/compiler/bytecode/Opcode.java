package org.pyjit.compiler.bytecode;

/**
 * The instruction set of pyjit's register bytecode. An instruction is its opcode word followed by
 * {@link #operandCount} operand words in the same {@code int[]}. Operand kinds: {@code r} a
 * register, {@code k} a constant index, {@code n} a name index, {@code t} a jump target (absolute
 * offset), {@code i} an immediate. A register operand of -1 means "absent" where documented.
 */
public enum Opcode {
    NOP(""),
    /** r[dst] = consts[k] */
    LOAD_CONST("rk"),
    /** r[dst] = r[src] (raises UnboundLocalError when src is an unbound local) */
    MOVE("rr"),
    /** r[reg] = unbound (UnboundLocalError if already unbound) */
    DELETE_FAST("r"),
    LOAD_GLOBAL("rn"),
    STORE_GLOBAL("nr"),
    DELETE_GLOBAL("n"),
    /** name lookup through the frame's locals mapping, then globals, then builtins */
    LOAD_NAME("rn"),
    STORE_NAME("nr"),
    DELETE_NAME("n"),
    /** r[dst] = r[cell].value */
    LOAD_DEREF("rr"),
    STORE_DEREF("rr"),
    DELETE_DEREF("r"),
    /** class body reading a free variable: the class namespace first, then the cell: dst, cell, name */
    LOAD_CLASSDEREF("rrn"),
    LOAD_ATTR("rrn"),
    /** obj, name, value */
    STORE_ATTR("rnr"),
    DELETE_ATTR("rn"),
    /** dst, func, first arg register, positional+keyword count, kwnames const (-1 none) */
    CALL("rrrii"),
    /** dst, receiver, method name, first arg register, arg count, kwnames const (-1 none) */
    CALL_METHOD("rrnrii"),
    /** dst, func, args tuple, kwargs dict (-1 none) */
    CALL_EX("rrrr"),
    /** dst, operator ordinal, a, b */
    BINARY("rirr"),
    INPLACE("rirr"),
    /** dst, operator ordinal, a */
    UNARY("rir"),
    COMPARE("rirr"),
    JUMP("t"),
    JUMP_IF_FALSE("rt"),
    JUMP_IF_TRUE("rt"),
    /** dst = iter(src) */
    GET_ITER("rr"),
    /** dst = next(iter), or jump to target when exhausted */
    FOR_ITER("rrt"),
    /** dst, first register, count */
    BUILD_LIST("rri"),
    BUILD_TUPLE("rri"),
    BUILD_SET("rri"),
    /** dst, first register, pair count (key, value, key, value …) */
    BUILD_MAP("rri"),
    /** dst, start, stop, step (-1 for absent) */
    BUILD_SLICE("rrrr"),
    /** dst, first register, count: concatenates str values (f-strings) */
    BUILD_STRING("rri"),
    LIST_APPEND("rr"),
    SET_ADD("rr"),
    /** dict, key, value */
    MAP_ADD("rrr"),
    /** list, iterable, the called function (-1 in a display): {@code *x} */
    LIST_EXTEND("rrr"),
    SET_UPDATE("rr"),
    DICT_UPDATE("rr"),
    /** dict, mapping, function (for the error message): ** in a call, duplicates are a TypeError */
    DICT_MERGE("rrr"),
    LIST_TO_TUPLE("rr"),
    /** dst, value, conversion (-1, 's', 'r', 'a'), spec register (-1 none) */
    FORMAT("rrir"),
    SUBSCR("rrr"),
    /** obj, key, value */
    STORE_SUBSCR("rrr"),
    DELETE_SUBSCR("rr"),
    /** first dst register, count, src */
    UNPACK("rir"),
    /** first dst register, count before star, count after star, src */
    UNPACK_EX("riir"),
    /** dst, code const, defaults tuple, kwdefaults dict, closure tuple, annotations dict (-1 absent) */
    MAKE_FUNCTION("rkrrrr"),
    RETURN("r"),
    /** exception, cause (-1 none); exception -1 = bare raise of the handled exception */
    RAISE("rr"),
    /** re-raises the exception in the register, keeping its traceback */
    RERAISE("r"),
    /** saves the handled exception into save, makes exc the handled one: save, exc */
    PUSH_EXC_INFO("rr"),
    /** restores the handled exception from save */
    POP_EXC_INFO("r"),
    /** dst = exc matches the type (or tuple) in type register */
    CHECK_EXC_MATCH("rrr"),
    /**
     * {@code except*}: found (a bool), match, rest, type. Splits the exception (group) in rest by
     * the type: match gets the matching part (a naked exception wrapped in a group), rest what is
     * left (None when nothing)
     */
    CHECK_EG_MATCH("rrrr"),
    /**
     * the end of {@code except*} clauses: original exception, list of what the handlers raised plus
     * the unhandled rest. Raises their combination (re-raised parts in the original's shape), if any
     */
    PREP_RERAISE_STAR("rr"),
    /** dst, name, fromlist const, level */
    IMPORT_NAME("rnki"),
    IMPORT_FROM("rrn"),
    IMPORT_STAR("r"),
    /** dst receives the value sent in; value yielded */
    YIELD("rr"),
    /** dst = result of delegating to iterator (yield from / await) */
    YIELD_FROM("rr"),
    GET_YIELD_FROM_ITER("rr"),
    GET_AWAITABLE("rr"),
    LOAD_BUILD_CLASS("r"),
    SETUP_ANNOTATIONS(""),
    LOAD_ASSERTION_ERROR("r"),
    /** dst = enter result, exit (bound __exit__ saved), manager */
    WITH_ENTER("rrr"),
    /** dst = truth of exit(type, exc, tb); exit, exc (-1 for a normal exit: None, None, None) */
    WITH_EXIT("rrr"),
    /** dst = locals() of the running frame */
    LOAD_LOCALS("r"),
    /** dst = awaitable of manager.__aenter__(), exit (bound __aexit__ saved), manager */
    ASYNC_WITH_ENTER("rrr"),
    /** dst = awaitable of exit(type, exc, tb); exit, exc (-1 for a normal exit) */
    ASYNC_WITH_EXIT("rrr"),
    /** dst = src.__aiter__() */
    GET_AITER("rr"),
    /** dst = awaitable of aiter.__anext__() */
    GET_ANEXT("rr"),
    LOAD_STOP_ASYNC_ITERATION("r"),
    /** dst = truth of src (a bool) */
    TO_BOOL("rr"),
    /** dst = len(src) as an int (pattern matching's length checks) */
    GET_LEN("rr"),
    /** dst = whether src is a sequence a sequence pattern may match (list, tuple, range, ...; not str/bytes) */
    MATCH_SEQUENCE("rr"),
    /** dst = whether src is a mapping a mapping pattern may match */
    MATCH_MAPPING("rr"),
    /** dst = tuple of subject.get(key) for the keys tuple, or None if one is missing: dst, subject, keys */
    MATCH_KEYS("rrr"),
    /** dst = dict(subject) without the keys in the keys tuple ({@code **rest}): dst, subject, keys */
    COPY_DICT_WITHOUT_KEYS("rrr"),
    /**
     * dst = tuple of the attributes a class pattern matches (positional ones through
     * {@code __match_args__}, then the keyword names const), or None: dst, subject, class, positional count, names
     */
    MATCH_CLASS("rrrik"),
    /**
     * dst, current, value: {@code dst += value} where dst is a local only a loop's {@code +=}
     * uses: str + str grows a string buffer kept in dst, anything else is INPLACE add (after
     * turning a buffer back into str)
     */
    STR_APPEND("rrr"),
    /** local: a string buffer STR_APPEND left in it becomes a str again (the loop is left) */
    STR_SEAL("r");

    /** Operand kinds, one letter each. */
    public final String operands;
    public final int operandCount;
    private static final Opcode[] VALUES = values();

    Opcode(String operands) {
        this.operands = operands;
        this.operandCount = operands.length();
    }

    public static Opcode of(int word) {
        return VALUES[word];
    }

    /** Size of the instruction in words, opcode included. */
    public int size() {
        return operandCount + 1;
    }
}
