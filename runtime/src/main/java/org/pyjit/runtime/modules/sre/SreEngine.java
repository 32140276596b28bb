package org.pyjit.runtime.modules.sre;

import static org.pyjit.runtime.modules.sre.SreConstants.*;
import static org.pyjit.runtime.modules.sre.SreCharacters.*;

import java.util.Arrays;

/**
 * A backtracking matcher for the code {@code re._compiler} produces. {@link #match} runs code from
 * an instruction at a text position and reports success with the end position in {@link #ptr};
 * the alternatives, repeats and assertions call it recursively for what follows them, restoring
 * the group marks when an attempt fails. The text is an array of code points (or byte values).
 */
final class SreEngine {
    private final int[] code;
    final int[] text;
    /** The end of the searchable text ({@code endpos}). */
    final int end;
    /** Where the current attempt started (for {@code must_advance}). */
    int start;
    /** The end of the last successful (sub-)match. */
    int ptr;
    /** Group marks: mark 2k is where group k+1 starts, 2k+1 where it ends; -1 when unset. */
    int[] marks;
    int lastmark = -1, lastindex = -1;
    /** fullmatch: the whole text up to {@link #end} must match. */
    boolean matchAll;
    /** A match starting at {@link #start} must not be empty (iteration after an empty match). */
    boolean mustAdvance;
    private Repeat repeat;

    /** The state of one {@code REPEAT ... MAX_UNTIL/MIN_UNTIL} loop. */
    private static final class Repeat {
        final int pc;
        final Repeat prev;
        int count = -1;
        int lastPtr = -1;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
        }
    }

    SreEngine(int[] code, int[] text, int end, int groups) {
        this.code = code;
        this.text = text;
        this.end = end;
        this.marks = new int[Math.max(2, groups * 2)];
    }

    void reset() {
        Arrays.fill(marks, -1);
        lastmark = lastindex = -1;
        repeat = null;
    }

    // ------------------------------------------------------------------ entry points

    /** Matches at {@code pos} (match/fullmatch). */
    boolean matchAt(int pos) {
        reset();
        start = pos;
        return match(0, pos, true);
    }

    /** Finds the first position from {@code pos} where the pattern matches; {@link #start} is it. */
    boolean search(int pos) {
        int minLength = code[0] == INFO ? code[3] : 0;
        int[] prefix = prefix();
        boolean first = true;
        boolean mustAdvanceAtFirst = mustAdvance;
        // a pattern anchored at the beginning of the text can only match there (CPython's search does the same)
        int body = code[0] == INFO ? 1 + code[1] : 0;
        int last = code[body] == AT && (code[body + 1] == AT_BEGINNING || code[body + 1] == AT_BEGINNING_STRING)
                ? Math.min(end, 0) : end;
        for (int s = pos; s <= last; s++) {
            if (end - s < minLength) return false;
            if (prefix != null && !startsWith(s, prefix)) {
                first = false;
                continue;
            }
            reset();
            start = s;
            mustAdvance = first && mustAdvanceAtFirst;
            first = false;
            if (match(0, s, true)) {
                mustAdvance = mustAdvanceAtFirst;
                return true;
            }
        }
        mustAdvance = mustAdvanceAtFirst;
        return false;
    }

    /** The literal prefix every match begins with (from the INFO block), or null. */
    private int[] prefix() {
        if (code[0] != INFO || (code[2] & INFO_PREFIX) == 0) return null;
        int len = code[5];
        return Arrays.copyOfRange(code, 7, 7 + len);
    }

    private boolean startsWith(int s, int[] prefix) {
        if (s + prefix.length > end) return false;
        for (int i = 0; i < prefix.length; i++) if (text[s + i] != prefix[i]) return false;
        return true;
    }

    // ------------------------------------------------------------------ marks

    private int[] save() {
        int[] s = Arrays.copyOf(marks, marks.length + 2);
        s[marks.length] = lastmark;
        s[marks.length + 1] = lastindex;
        return s;
    }

    private void restore(int[] s) {
        System.arraycopy(s, 0, marks, 0, marks.length);
        lastmark = s[marks.length];
        lastindex = s[marks.length + 1];
    }

    private void mark(int i, int ptr) {
        if ((i & 1) != 0) lastindex = i / 2 + 1;
        if (i > lastmark) {
            for (int j = lastmark + 1; j < i; j++) marks[j] = -1;
            lastmark = i;
        }
        marks[i] = ptr;
    }

    /** Whether group {@code g} (0-based in the code) has matched: both marks set, in order. */
    private boolean groupSet(int g) {
        int ref = g * 2;
        if (ref >= lastmark) return false;
        int p = marks[ref], e = marks[ref + 1];
        return p >= 0 && e >= 0 && e >= p;
    }

    private static boolean unbounded(int max) {
        return max == -1; // MAXREPEAT as an unsigned 32-bit code word
    }

    // ------------------------------------------------------------------ the matcher

    /** Runs the code from {@code pc} at {@code ptr}; true when it reaches SUCCESS ({@link #ptr} is then the end). */
    boolean match(int pc, int ptr, boolean toplevel) {
        int[] c = code;
        while (true) {
            switch (c[pc]) {
                case FAILURE:
                    return false;
                case SUCCESS:
                    if (toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) return false;
                    this.ptr = ptr;
                    return true;
                case INFO:
                    if (c[pc + 3] != 0 && end - ptr < c[pc + 3]) return false;
                    pc += 1 + c[pc + 1];
                    break;
                case MARK:
                    mark(c[pc + 1], ptr);
                    pc += 2;
                    break;
                case AT:
                    if (!at(c[pc + 1], ptr)) return false;
                    pc += 2;
                    break;
                case ANY:
                    if (ptr >= end || text[ptr] == '\n') return false;
                    ptr++;
                    pc++;
                    break;
                case ANY_ALL:
                    if (ptr >= end) return false;
                    ptr++;
                    pc++;
                    break;
                case CATEGORY:
                    if (ptr >= end || !category(c[pc + 1], text[ptr])) return false;
                    ptr++;
                    pc += 2;
                    break;
                case LITERAL:
                case NOT_LITERAL:
                case LITERAL_IGNORE:
                case NOT_LITERAL_IGNORE:
                case LITERAL_UNI_IGNORE:
                case NOT_LITERAL_UNI_IGNORE:
                case LITERAL_LOC_IGNORE:
                case NOT_LITERAL_LOC_IGNORE:
                    if (ptr >= end || !literal(c[pc], c[pc + 1], text[ptr])) return false;
                    ptr++;
                    pc += 2;
                    break;
                case IN:
                case IN_IGNORE:
                case IN_UNI_IGNORE:
                case IN_LOC_IGNORE:
                    if (ptr >= end || !in(c[pc], pc + 2, text[ptr])) return false;
                    ptr++;
                    pc += 1 + c[pc + 1];
                    break;
                case JUMP:
                    pc += 1 + c[pc + 1];
                    break;
                case BRANCH:
                    return branch(pc, ptr, toplevel);
                case REPEAT_ONE:
                    return repeatOne(pc, ptr, toplevel);
                case MIN_REPEAT_ONE:
                    return minRepeatOne(pc, ptr, toplevel);
                case POSSESSIVE_REPEAT_ONE: {
                    int min = c[pc + 2], max = c[pc + 3];
                    if ((long) ptr + (min & 0xffffffffL) > end) return false;
                    int n = count(pc + 4, ptr, max);
                    if (n < min) return false;
                    ptr += n;
                    pc += 1 + c[pc + 1];
                    break;
                }
                case REPEAT: {
                    Repeat rp = new Repeat(pc, repeat);
                    repeat = rp;
                    boolean ok = match(pc + 1 + c[pc + 1], ptr, toplevel);
                    repeat = rp.prev;
                    return ok;
                }
                case MAX_UNTIL:
                    return maxUntil(pc, ptr, toplevel);
                case MIN_UNTIL:
                    return minUntil(pc, ptr, toplevel);
                case POSSESSIVE_REPEAT: {
                    int next = possessiveRepeat(pc, ptr);
                    if (next < 0) return false;
                    ptr = next;
                    // the skip reaches the SUCCESS that ends the body; what follows the repeat comes after it
                    pc += 2 + c[pc + 1];
                    break;
                }
                case ATOMIC_GROUP: {
                    if (!match(pc + 2, ptr, false)) return false;
                    ptr = this.ptr;
                    pc += 1 + c[pc + 1];
                    break;
                }
                case ASSERT: {
                    int back = c[pc + 2];
                    if (ptr - back < 0) return false;
                    if (!match(pc + 3, ptr - back, false)) return false;
                    pc += 1 + c[pc + 1];
                    break;
                }
                case ASSERT_NOT: {
                    int back = c[pc + 2];
                    if (ptr - back >= 0) {
                        int[] saved = save();
                        boolean hit = match(pc + 3, ptr - back, false);
                        restore(saved);
                        if (hit) return false;
                    }
                    pc += 1 + c[pc + 1];
                    break;
                }
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE: {
                    int next = groupRef(c[pc], c[pc + 1], ptr);
                    if (next < 0) return false;
                    ptr = next;
                    pc += 2;
                    break;
                }
                case GROUPREF_EXISTS:
                    if (groupSet(c[pc + 1])) pc += 3;
                    else pc += 1 + c[pc + 2];
                    break;
                default:
                    throw new IllegalStateException("unknown regular expression opcode " + c[pc]);
            }
        }
    }

    private boolean literal(int op, int lit, int ch) {
        return switch (op) {
            case LITERAL -> ch == lit;
            case NOT_LITERAL -> ch != lit;
            case LITERAL_IGNORE -> lowerAscii(ch) == lit;
            case NOT_LITERAL_IGNORE -> lowerAscii(ch) != lit;
            case LITERAL_UNI_IGNORE -> lowerUnicode(ch) == lit;
            case NOT_LITERAL_UNI_IGNORE -> lowerUnicode(ch) != lit;
            case LITERAL_LOC_IGNORE -> ch == lit || lowerAscii(ch) == lit || upperAscii(ch) == lit;
            default -> !(ch == lit || lowerAscii(ch) == lit || upperAscii(ch) == lit); // NOT_LITERAL_LOC_IGNORE
        };
    }

    private boolean in(int op, int set, int ch) {
        return switch (op) {
            case IN -> inCharset(code, set, ch);
            case IN_IGNORE -> inCharset(code, set, lowerAscii(ch));
            case IN_UNI_IGNORE -> inCharset(code, set, lowerUnicode(ch));
            default -> inCharset(code, set, ch) || inCharset(code, set, lowerAscii(ch)) || inCharset(code, set, upperAscii(ch));
        };
    }

    private boolean at(int kind, int p) {
        switch (kind) {
            case AT_BEGINNING:
            case AT_BEGINNING_STRING:
                return p == 0;
            case AT_BEGINNING_LINE:
                return p == 0 || text[p - 1] == '\n';
            case AT_END:
                return p == end || (p + 1 == end && text[p] == '\n');
            case AT_END_LINE:
                return p == end || text[p] == '\n';
            case AT_END_STRING:
                return p == end;
            case AT_BOUNDARY:
            case AT_LOC_BOUNDARY:
                return boundary(p, false) == 1;
            case AT_NON_BOUNDARY:
            case AT_LOC_NON_BOUNDARY:
                return boundary(p, false) == 0;
            case AT_UNI_BOUNDARY:
                return boundary(p, true) == 1;
            case AT_UNI_NON_BOUNDARY:
                return boundary(p, true) == 0;
            default:
                throw new IllegalStateException("unknown position code " + kind);
        }
    }

    /** 1 at a word boundary, 0 inside or between non-words, -1 for an empty text (never a boundary or not). */
    private int boundary(int p, boolean unicode) {
        if (end == 0) return -1;
        boolean before = p > 0 && (unicode ? isUniWord(text[p - 1]) : isAsciiWord(text[p - 1]));
        boolean here = p < end && (unicode ? isUniWord(text[p]) : isAsciiWord(text[p]));
        return before != here ? 1 : 0;
    }

    private int groupRef(int op, int g, int p) {
        int ref = g * 2;
        if (ref >= lastmark) return -1;
        int s = marks[ref], e = marks[ref + 1];
        if (s < 0 || e < 0 || e < s) return -1;
        for (int i = s; i < e; i++, p++) {
            if (p >= end) return -1;
            int a = text[i], b = text[p];
            boolean same = switch (op) {
                case GROUPREF -> a == b;
                case GROUPREF_IGNORE -> lowerAscii(a) == lowerAscii(b);
                case GROUPREF_UNI_IGNORE -> lowerUnicode(a) == lowerUnicode(b);
                default -> lowerAscii(a) == lowerAscii(b) || a == b;
            };
            if (!same) return -1;
        }
        return p;
    }

    private boolean branch(int pc, int ptr, boolean toplevel) {
        int[] saved = save();
        for (int alt = pc + 1; code[alt] != 0; alt += code[alt]) {
            int first = code[alt + 1];
            if (first == LITERAL && (ptr >= end || text[ptr] != code[alt + 2])) continue;
            if (first == IN && (ptr >= end || !inCharset(code, alt + 3, text[ptr]))) continue;
            if (match(alt + 1, ptr, toplevel)) return true;
            restore(saved);
        }
        return false;
    }

    /** How many times (up to {@code max}; -1 unbounded) the single-character item at {@code item} matches from {@code p}. */
    private int count(int item, int p, int max) {
        int limit = unbounded(max) || (long) max > end - p ? end : p + max;
        int q = p;
        int op = code[item];
        switch (op) {
            case ANY:
                while (q < limit && text[q] != '\n') q++;
                break;
            case ANY_ALL:
                q = limit;
                break;
            case IN:
            case IN_IGNORE:
            case IN_UNI_IGNORE:
            case IN_LOC_IGNORE:
                while (q < limit && in(op, item + 2, text[q])) q++;
                break;
            case LITERAL:
            case NOT_LITERAL:
            case LITERAL_IGNORE:
            case NOT_LITERAL_IGNORE:
            case LITERAL_UNI_IGNORE:
            case NOT_LITERAL_UNI_IGNORE:
            case LITERAL_LOC_IGNORE:
            case NOT_LITERAL_LOC_IGNORE: {
                int lit = code[item + 1];
                while (q < limit && literal(op, lit, text[q])) q++;
                break;
            }
            default:
                while (q < limit && match(item, q, false) && this.ptr > q) q = this.ptr;
                break;
        }
        return q - p;
    }

    private boolean repeatOne(int pc, int ptr, boolean toplevel) {
        int min = code[pc + 2], max = code[pc + 3];
        int tail = pc + 1 + code[pc + 1];
        if ((long) ptr + (min & 0xffffffffL) > end) return false;
        int n = count(pc + 4, ptr, max);
        if (n < min) return false;
        ptr += n;
        int[] saved = save();
        if (code[tail] == LITERAL) {
            int lit = code[tail + 1];
            while (true) {
                while (n >= min && (ptr >= end || text[ptr] != lit)) {
                    ptr--;
                    n--;
                }
                if (n < min) return false;
                if (match(tail, ptr, toplevel)) return true;
                restore(saved);
                ptr--;
                n--;
            }
        }
        while (n >= min) {
            if (match(tail, ptr, toplevel)) return true;
            restore(saved);
            ptr--;
            n--;
        }
        return false;
    }

    private boolean minRepeatOne(int pc, int ptr, boolean toplevel) {
        int min = code[pc + 2], max = code[pc + 3];
        int tail = pc + 1 + code[pc + 1];
        if ((long) ptr + (min & 0xffffffffL) > end) return false;
        int n = 0;
        if (min > 0) {
            n = count(pc + 4, ptr, min);
            if (n < min) return false;
            ptr += n;
        }
        int[] saved = save();
        while (unbounded(max) || n <= max) {
            if (match(tail, ptr, toplevel)) return true;
            restore(saved);
            if (count(pc + 4, ptr, 1) == 0) return false;
            ptr++;
            n++;
        }
        return false;
    }

    private boolean maxUntil(int pc, int ptr, boolean toplevel) {
        Repeat rp = repeat;
        if (rp == null) throw new IllegalStateException("internal error in regular expression engine");
        int n = rp.count + 1;
        int min = code[rp.pc + 2], max = code[rp.pc + 3];
        int item = rp.pc + 4;
        if (Integer.compareUnsigned(n, min) < 0) {
            rp.count = n;
            if (match(item, ptr, toplevel)) return true;
            rp.count = n - 1;
            return false;
        }
        if ((unbounded(max) || Integer.compareUnsigned(n, max) < 0) && ptr != rp.lastPtr) {
            int[] saved = save();
            rp.count = n;
            int oldLast = rp.lastPtr;
            rp.lastPtr = ptr;
            if (match(item, ptr, toplevel)) return true;
            rp.lastPtr = oldLast;
            rp.count = n - 1;
            restore(saved);
        }
        repeat = rp.prev;
        boolean ok = match(pc + 1, ptr, toplevel);
        repeat = rp;
        return ok;
    }

    private boolean minUntil(int pc, int ptr, boolean toplevel) {
        Repeat rp = repeat;
        if (rp == null) throw new IllegalStateException("internal error in regular expression engine");
        int n = rp.count + 1;
        int min = code[rp.pc + 2], max = code[rp.pc + 3];
        int item = rp.pc + 4;
        if (Integer.compareUnsigned(n, min) < 0) {
            rp.count = n;
            if (match(item, ptr, toplevel)) return true;
            rp.count = n - 1;
            return false;
        }
        int[] saved = save();
        repeat = rp.prev;
        boolean ok = match(pc + 1, ptr, toplevel);
        repeat = rp;
        if (ok) return true;
        restore(saved);
        if ((!unbounded(max) && Integer.compareUnsigned(n, max) >= 0) || ptr == rp.lastPtr) return false;
        rp.count = n;
        int oldLast = rp.lastPtr;
        rp.lastPtr = ptr;
        if (match(item, ptr, toplevel)) return true;
        rp.count = n - 1;
        rp.lastPtr = oldLast;
        return false;
    }

    /** {@code (?:...)*+}: as many body matches as possible, never given back; the end, or -1. */
    private int possessiveRepeat(int pc, int ptr) {
        int min = code[pc + 2], max = code[pc + 3];
        int body = pc + 4;
        int n = 0;
        while (Integer.compareUnsigned(n, min) < 0) {
            if (!match(body, ptr, false)) return -1;
            ptr = this.ptr;
            n++;
        }
        while (unbounded(max) || Integer.compareUnsigned(n, max) < 0) {
            int[] saved = save();
            if (!match(body, ptr, false)) {
                restore(saved);
                break;
            }
            if (this.ptr == ptr) break;
            ptr = this.ptr;
            n++;
        }
        return ptr;
    }
}
