package org.pyjit.compiler.bytecode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.compiler.ast.Attribute;
import org.pyjit.compiler.ast.ComparisonOperator;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.Match;
import org.pyjit.compiler.ast.MatchAs;
import org.pyjit.compiler.ast.MatchCase;
import org.pyjit.compiler.ast.MatchClass;
import org.pyjit.compiler.ast.MatchMapping;
import org.pyjit.compiler.ast.MatchOr;
import org.pyjit.compiler.ast.MatchSequence;
import org.pyjit.compiler.ast.MatchSingleton;
import org.pyjit.compiler.ast.MatchStar;
import org.pyjit.compiler.ast.MatchValue;
import org.pyjit.compiler.ast.Operator;
import org.pyjit.compiler.ast.Pattern;
import org.pyjit.compiler.ast.Pos;

/**
 * Compiles {@code match} statements (PEP 634) the way CPython 3.11 does: the subject is evaluated
 * once; each case's pattern jumps to the next case on failure; names captured by a pattern are
 * held in temporaries and bound, in CPython's order, only once the whole pattern matched (before
 * the guard runs). The checks CPython's compiler makes (unreachable cases, names bound twice or
 * differently by alternatives, starred names, repeated attributes, duplicate literal keys) raise
 * the same SyntaxErrors here.
 */
final class MatchCompiler {
    private final BytecodeCompiler c;
    private final CodeBuilder b;
    /** The register each captured name of the current case is held in until the case matched. */
    private Map<String, Integer> captureRegisters;
    /** Names bound so far in the current pattern (or alternative), in binding order. */
    private List<String> stores;
    /** The last pattern visited: where CPython's compiler reports errors found after visiting one. */
    private Pos lastVisited;

    private MatchCompiler(BytecodeCompiler c) {
        this.c = c;
        this.b = c.b();
    }

    static void compile(BytecodeCompiler c, Match m) {
        new MatchCompiler(c).match(m);
    }

    private void match(Match m) {
        int subject = b.temp();
        c.exprInto(m.subject(), subject);
        CodeBuilder.Label end = new CodeBuilder.Label();
        List<MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase mc = cases.get(i);
            int mark = b.mark();
            captureRegisters = new LinkedHashMap<>();
            for (String name : capturedNames(mc.pattern(), new LinkedHashSet<>())) {
                captureRegisters.put(name, b.temp());
            }
            stores = new ArrayList<>();
            CodeBuilder.Label next = new CodeBuilder.Label();
            boolean allowIrrefutable = mc.guard() != null || i == cases.size() - 1;
            pattern(mc.pattern(), subject, next, allowIrrefutable);
            for (String name : stores) {
                c.storeName(name, captureRegisters.get(name));
            }
            b.release(mark);
            if (mc.guard() != null) {
                c.jumpIf(mc.guard(), false, next);
            }
            c.stmts(mc.body());
            if (i < cases.size() - 1) {
                b.emitJump(Opcode.JUMP, end);
            }
            b.bind(next);
        }
        b.bind(end);
    }

    /** Every name a pattern can bind (alternatives bind the same names, so they share registers). */
    private static Set<String> capturedNames(Pattern p, Set<String> out) {
        switch (p) {
            case MatchAs a -> {
                if (a.pattern() != null) capturedNames(a.pattern(), out);
                if (a.name() != null) out.add(a.name());
            }
            case MatchStar s -> {
                if (s.name() != null) out.add(s.name());
            }
            case MatchSequence s -> s.patterns().forEach(q -> capturedNames(q, out));
            case MatchMapping m -> {
                m.patterns().forEach(q -> capturedNames(q, out));
                if (m.rest() != null) out.add(m.rest());
            }
            case MatchClass k -> {
                k.patterns().forEach(q -> capturedNames(q, out));
                k.kwdPatterns().forEach(q -> capturedNames(q, out));
            }
            case MatchOr o -> o.patterns().forEach(q -> capturedNames(q, out));
            case MatchValue v -> { }
            case MatchSingleton s -> { }
        }
        return out;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs a && a.pattern() == null && a.name() == null;
    }

    /**
     * Binds {@code name} to the value in {@code src} once the case matched. A second binding is
     * reported at the last pattern visited, as CPython does.
     */
    private void store(String name, int src) {
        if (stores.contains(name)) {
            throw c.error("multiple assignments to name '" + name + "' in pattern", lastVisited);
        }
        stores.add(name);
        b.emit(Opcode.MOVE, captureRegisters.get(name), src);
    }

    private void jumpUnless(int flag, CodeBuilder.Label fail) {
        b.emitJump(Opcode.JUMP_IF_FALSE, fail, flag);
    }

    /** Emits code that falls through when {@code subject} matches {@code p} and jumps to {@code fail} otherwise. */
    private void pattern(Pattern p, int subject, CodeBuilder.Label fail, boolean allowIrrefutable) {
        c.at(p);
        lastVisited = p.pos();
        switch (p) {
            case MatchValue v -> {
                if (v.value() instanceof org.pyjit.compiler.ast.JoinedStr) {
                    throw c.error("patterns may only match literals and attribute lookups", v.pos());
                }
                int mark = b.mark();
                int value = c.expr(v.value());
                int flag = b.temp();
                c.at(p);
                b.emit(Opcode.COMPARE, flag, ComparisonOperator.Eq.ordinal(), subject, value);
                jumpUnless(flag, fail);
                b.release(mark);
            }
            case MatchSingleton s -> {
                int mark = b.mark();
                int value = b.temp();
                b.emit(Opcode.LOAD_CONST, value, b.constant(s.value()));
                b.emit(Opcode.COMPARE, value, ComparisonOperator.Is.ordinal(), subject, value);
                jumpUnless(value, fail);
                b.release(mark);
            }
            case MatchAs a -> {
                if (a.pattern() == null) {
                    if (!allowIrrefutable) {
                        throw c.error(a.name() != null ? "name capture '" + a.name()
                                + "' makes remaining patterns unreachable"
                                : "wildcard makes remaining patterns unreachable", a.pos());
                    }
                } else {
                    pattern(a.pattern(), subject, fail, allowIrrefutable);
                }
                if (a.name() != null) store(a.name(), subject);
            }
            case MatchOr o -> or(o, subject, fail, allowIrrefutable);
            case MatchSequence s -> sequence(s, subject, fail);
            case MatchMapping m -> mapping(m, subject, fail);
            case MatchClass k -> classPattern(k, subject, fail);
            case MatchStar s -> throw c.error("can't use starred name here", s.pos());
        }
    }

    private void subpattern(Pattern p, int subject, CodeBuilder.Label fail) {
        pattern(p, subject, fail, true);
    }

    private void or(MatchOr o, int subject, CodeBuilder.Label fail, boolean allowIrrefutable) {
        List<String> outer = stores;
        List<String> control = null;
        CodeBuilder.Label success = new CodeBuilder.Label();
        List<Pattern> alts = o.patterns();
        for (int i = 0; i < alts.size(); i++) {
            Pattern alt = alts.get(i);
            boolean last = i == alts.size() - 1;
            stores = new ArrayList<>();
            CodeBuilder.Label next = last ? fail : new CodeBuilder.Label();
            pattern(alt, subject, next, last && allowIrrefutable);
            if (control == null) {
                control = stores;
            } else if (!new LinkedHashSet<>(control).equals(new LinkedHashSet<>(stores))) {
                throw c.error("alternative patterns bind different names", lastVisited);
            }
            if (!last) {
                b.emitJump(Opcode.JUMP, success);
                b.bind(next);
            }
        }
        b.bind(success);
        stores = outer;
        for (String name : control) {
            if (stores.contains(name)) {
                throw c.error("multiple assignments to name '" + name + "' in pattern", lastVisited);
            }
            stores.add(name);
        }
    }

    private void sequence(MatchSequence s, int subject, CodeBuilder.Label fail) {
        List<Pattern> items = s.patterns();
        int size = items.size();
        int star = -1;
        boolean onlyWildcards = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern item = items.get(i);
            if (item instanceof MatchStar ms) {
                if (star >= 0) {
                    throw c.error("multiple starred names in sequence pattern", s.pos());
                }
                star = i;
                starWildcard = ms.name() == null;
                onlyWildcards &= starWildcard;
            } else {
                onlyWildcards &= isWildcard(item);
            }
        }
        int mark = b.mark();
        int flag = b.temp();
        b.emit(Opcode.MATCH_SEQUENCE, flag, subject);
        jumpUnless(flag, fail);
        if (star < 0 || size > 1) {
            b.emit(Opcode.GET_LEN, flag, subject);
            int n = b.temp();
            b.emit(Opcode.LOAD_CONST, n, b.constant((long) (star < 0 ? size : size - 1)));
            b.emit(Opcode.COMPARE, flag, (star < 0 ? ComparisonOperator.Eq : ComparisonOperator.GtE).ordinal(), flag, n);
            jumpUnless(flag, fail);
        }
        if (onlyWildcards) {
            b.release(mark);
            return;
        }
        if (starWildcard) {
            // [a, *_, b]: index the subject instead of unpacking it, as CPython does
            for (int i = 0; i < size; i++) {
                Pattern item = items.get(i);
                if (i == star || isWildcard(item)) continue;
                int m2 = b.mark();
                int index = b.temp();
                if (i < star) {
                    b.emit(Opcode.LOAD_CONST, index, b.constant((long) i));
                } else {
                    int back = b.temp();
                    b.emit(Opcode.GET_LEN, index, subject);
                    b.emit(Opcode.LOAD_CONST, back, b.constant((long) (size - i)));
                    b.emit(Opcode.BINARY, index, Operator.Sub.ordinal(), index, back);
                }
                int element = b.temp();
                c.at(s);
                b.emit(Opcode.SUBSCR, element, subject, index);
                subpattern(item, element, fail);
                b.release(m2);
            }
            b.release(mark);
            return;
        }
        int first = b.temps(size);
        c.at(s);
        if (star < 0) {
            b.emit(Opcode.UNPACK, first, size, subject);
        } else {
            b.emit(Opcode.UNPACK_EX, first, star, size - star - 1, subject);
        }
        for (int i = 0; i < size; i++) {
            Pattern item = items.get(i);
            if (item instanceof MatchStar ms) {
                lastVisited = ms.pos();
                if (ms.name() != null) store(ms.name(), first + i);
            } else if (!isWildcard(item)) {
                subpattern(item, first + i, fail);
            }
        }
        b.release(mark);
    }

    private void mapping(MatchMapping m, int subject, CodeBuilder.Label fail) {
        List<Expr> keys = m.keys();
        int size = keys.size();
        int mark = b.mark();
        int flag = b.temp();
        b.emit(Opcode.MATCH_MAPPING, flag, subject);
        jumpUnless(flag, fail);
        if (size == 0 && m.rest() == null) {
            b.release(mark);
            return;
        }
        if (size > 0) {
            int n = b.temp();
            b.emit(Opcode.GET_LEN, flag, subject);
            b.emit(Opcode.LOAD_CONST, n, b.constant((long) size));
            b.emit(Opcode.COMPARE, flag, ComparisonOperator.GtE.ordinal(), flag, n);
            jumpUnless(flag, fail);
        }
        MatchKeys.check(c, m);
        int firstKey = b.temps(size);
        for (int i = 0; i < size; i++) {
            c.exprInto(keys.get(i), firstKey + i);
        }
        int keyTuple = b.temp();
        b.emit(Opcode.BUILD_TUPLE, keyTuple, firstKey, size);
        int values = b.temp();
        c.at(m);
        b.emit(Opcode.MATCH_KEYS, values, subject, keyTuple);
        b.emit(Opcode.LOAD_CONST, flag, b.constant(ConstantSingleton.NONE));
        b.emit(Opcode.COMPARE, flag, ComparisonOperator.IsNot.ordinal(), values, flag);
        jumpUnless(flag, fail);
        if (size > 0) {
            int first = b.temps(size);
            b.emit(Opcode.UNPACK, first, size, values);
            for (int i = 0; i < size; i++) {
                Pattern item = m.patterns().get(i);
                if (!isWildcard(item)) subpattern(item, first + i, fail);
            }
        }
        if (m.rest() != null) {
            int rest = b.temp();
            c.at(m);
            b.emit(Opcode.COPY_DICT_WITHOUT_KEYS, rest, subject, keyTuple);
            store(m.rest(), rest);
        }
        b.release(mark);
    }

    private void classPattern(MatchClass k, int subject, CodeBuilder.Label fail) {
        List<String> attrs = k.kwdAttrs();
        for (int i = 0; i < attrs.size(); i++) {
            if (attrs.subList(0, i).contains(attrs.get(i))) {
                throw c.error("attribute name repeated in class pattern: " + attrs.get(i), k.kwdPatterns().get(i).pos());
            }
        }
        int nargs = k.patterns().size();
        int total = nargs + attrs.size();
        int mark = b.mark();
        int cls = c.expr(k.cls());
        int result = b.temp();
        c.at(k);
        b.emit(Opcode.MATCH_CLASS, result, subject, cls, nargs,
                b.constant(new KeywordNames(attrs.toArray(new String[0]))));
        int flag = b.temp();
        b.emit(Opcode.LOAD_CONST, flag, b.constant(ConstantSingleton.NONE));
        b.emit(Opcode.COMPARE, flag, ComparisonOperator.IsNot.ordinal(), result, flag);
        jumpUnless(flag, fail);
        if (total > 0) {
            int first = b.temps(total);
            b.emit(Opcode.UNPACK, first, total, result);
            for (int i = 0; i < total; i++) {
                Pattern item = i < nargs ? k.patterns().get(i) : k.kwdPatterns().get(i - nargs);
                if (!isWildcard(item)) subpattern(item, first + i, fail);
            }
        }
        b.release(mark);
    }
}
