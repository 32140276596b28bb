package org.pyjit.runtime.errors;

import java.util.IdentityHashMap;
import java.util.Map;
import org.pyjit.compiler.ast.BinOp;
import org.pyjit.compiler.ast.ExprStmt;
import org.pyjit.compiler.ast.Module;
import org.pyjit.compiler.ast.Subscript;
import org.pyjit.compiler.parser.PythonSourceParser;
import org.pyjit.compiler.parser.SyntaxErrorException;
import org.pyjit.compiler.parser.SyntaxErrorFormatter;
import org.pyjit.runtime.exceptions.ExceptionTypes;
import org.pyjit.runtime.exceptions.PyBaseException;
import org.pyjit.runtime.exceptions.PyTraceback;
import org.pyjit.runtime.objects.PyNone;
import org.pyjit.runtime.objects.PyType;
import org.pyjit.runtime.ops.Ops;

/**
 * Renders an exception as CPython 3.11 prints an uncaught one: chained causes and contexts,
 * {@code File "…", line N, in f} entries with the source line and the 3.11 position markers
 * ({@code ^^^^}, {@code ~~~^~~~}), repeated-frame folding, and the SyntaxError form.
 */
public final class TracebackPrinter {
    private TracebackPrinter() {}

    private static final int RECURSIVE_CUTOFF = 3;

    /** Exception groups print at most this many members each, and this deep (traceback.py's limits). */
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    /** Where in a printed exception group we are: its nesting depth, and whether a closing line is due. */
    private static final class GroupContext {
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** Appends {@code text} with every line prefixed by the group margin ({@code margin}: '|' or '+'). */
        void emit(StringBuilder sb, String text, char margin) {
            if (depth == 0) {
                sb.append(text);
                return;
            }
            String prefix = indent() + margin + " ";
            int from = 0;
            while (from < text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl + 1;
                sb.append(prefix).append(text, from, to);
                from = to;
            }
        }
    }

    public static String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        chain(exc, sb, new IdentityHashMap<>(), new GroupContext());
        return sb.toString();
    }

    private static void chain(PyBaseException exc, StringBuilder sb, Map<Object, Boolean> seen, GroupContext ctx) {
        seen.put(exc, true);
        if (exc.cause instanceof PyBaseException cause && !seen.containsKey(cause)) {
            chain(cause, sb, seen, ctx);
            ctx.emit(sb, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        } else if (exc.context instanceof PyBaseException ctxExc && !exc.suppressContext && !seen.containsKey(ctxExc)) {
            chain(ctxExc, sb, seen, ctx);
            ctx.emit(sb, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        }
        if (exc instanceof org.pyjit.runtime.exceptions.PyExceptionGroup group) {
            group(group, sb, seen, ctx);
        } else {
            single(exc, sb, ctx);
        }
    }

    private static void single(PyBaseException exc, StringBuilder sb, GroupContext ctx) {
        if (exc.traceback != null) {
            StringBuilder stack = new StringBuilder("Traceback (most recent call last):\n");
            entries(exc.traceback, stack);
            ctx.emit(sb, stack.toString(), '|');
        }
        ctx.emit(sb, exceptionOnly(exc), '|');
    }

    /**
     * An exception group as CPython prints it: its own traceback and message in a margin, then
     * each member (numbered, at most {@link #MAX_GROUP_WIDTH}) one level further in.
     */
    private static void group(org.pyjit.runtime.exceptions.PyExceptionGroup exc, StringBuilder sb, Map<Object, Boolean> seen,
                              GroupContext ctx) {
        if (ctx.depth > MAX_GROUP_DEPTH) {
            ctx.emit(sb, "... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", '|');
            return;
        }
        boolean top = ctx.depth == 0;
        if (top) ctx.depth++;
        if (exc.traceback != null) {
            ctx.emit(sb, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            StringBuilder stack = new StringBuilder();
            entries(exc.traceback, stack);
            ctx.emit(sb, stack.toString(), '|');
        }
        ctx.emit(sb, exceptionOnly(exc), '|');
        Object[] members = ((org.pyjit.runtime.objects.PyTuple) exc.exceptions).items;
        int n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) ctx.needClose = true;
            boolean truncated = i >= MAX_GROUP_WIDTH;
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : Integer.toString(i + 1)).append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                chain((PyBaseException) members[i], sb, seen, ctx);
            } else {
                int remaining = members.length - MAX_GROUP_WIDTH;
                ctx.emit(sb, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", '|');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (top) ctx.depth--;
    }

    /** The last part of an exception's printout: {@code Type: message}, a suggestion, the notes. */
    private static String exceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (exc.type.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            syntaxError(exc, sb);
            return sb.toString();
        }
        sb.append(typeName(exc.type));
        String msg;
        try {
            msg = Ops.str(exc);
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        if (!msg.isEmpty()) sb.append(": ").append(msg);
        String hint = exc.traceback != null ? Suggestions.hintFor(exc) : null;
        if (hint != null) sb.append(". Did you mean: '").append(hint).append("'?");
        sb.append('\n');
        notes(exc, sb);
        return sb.toString();
    }

    /** {@code __notes__} (PEP 678), one per line after the message. */
    private static void notes(PyBaseException exc, StringBuilder sb) {
        Object notes = Ops.getAttrOrNull(exc, "__notes__");
        if (notes == null) return;
        if (!(notes instanceof org.pyjit.runtime.objects.PyList || notes instanceof org.pyjit.runtime.objects.PyTuple)) {
            sb.append(safeRepr(notes)).append('\n');
            return;
        }
        Object it = Ops.iter(notes);
        for (Object n = Ops.next(it); n != null; n = Ops.next(it)) {
            sb.append(n instanceof String s ? s : safeRepr(n)).append('\n');
        }
    }

    private static String safeRepr(Object o) {
        try {
            return Ops.str(o);
        } catch (RuntimeException e) {
            return "<note str() failed>";
        }
    }

    static String typeName(PyType t) {
        String mod = t.moduleName();
        String q = t.qualname;
        return mod.equals("builtins") || mod.equals("__main__") ? q : mod + "." + q;
    }

    private static void entries(PyTraceback tb, StringBuilder sb) {
        String lastFile = null, lastName = null;
        int lastLine = -1, count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String file = t.code.filename;
            int line = t.lineno();
            String name = t.code.name;
            if (file.equals(lastFile) && line == lastLine && name.equals(lastName)) {
                count++;
                if (count > RECURSIVE_CUTOFF) continue;
            } else {
                flushRepeats(sb, count);
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 1;
            }
            entry(t, sb);
        }
        flushRepeats(sb, count);
    }

    private static void flushRepeats(StringBuilder sb, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    private static void entry(PyTraceback t, StringBuilder sb) {
        int line = t.lineno();
        sb.append("  File \"").append(t.code.filename).append("\", line ").append(line).append(", in ").append(t.code.name).append('\n');
        String src = SourceLines.line(t.code.filename, line);
        if (src == null || src.isBlank()) return;
        String stripped = src.strip();
        sb.append("    ").append(stripped).append('\n');
        int[] pos = t.code.positionAt(t.pc);
        if (pos == null || pos[0] != line) return;
        carets(src, stripped, pos, sb);
    }

    /** The 3.11 marker line under the failing part of the source line. */
    private static void carets(String line, String stripped, int[] pos, StringBuilder sb) {
        int[] cps = line.codePoints().toArray();
        int leading = countLeading(cps);
        int start = Math.max(0, Math.min(pos[1], cps.length));
        int end = pos[2] == pos[0] ? Math.min(pos[3], cps.length) : rstripLength(cps);
        if (end < start) return;
        String segment = new String(cps, start, end - start);
        int[] anchors = pos[2] == pos[0] ? anchors(segment) : null;
        int strippedLen = (int) stripped.codePoints().count();
        boolean partial = end - start < strippedLen || (anchors != null && anchors[1] - anchors[0] > 0);
        if (!partial) return;
        sb.append("    ");
        sb.append(" ".repeat(Math.max(0, start - leading)));
        if (anchors != null) {
            sb.append("~".repeat(anchors[0]));
            sb.append("^".repeat(anchors[1] - anchors[0]));
            sb.append("~".repeat(Math.max(0, end - start - anchors[1])));
        } else {
            sb.append("^".repeat(end - start));
        }
        sb.append('\n');
    }

    private static int countLeading(int[] cps) {
        int i = 0;
        while (i < cps.length && Character.isWhitespace(cps[i])) i++;
        return i;
    }

    private static int rstripLength(int[] cps) {
        int n = cps.length;
        while (n > 0 && Character.isWhitespace(cps[n - 1])) n--;
        return n;
    }

    /** {left end, right start} of the operator in a binary operation or the brackets of a subscript. */
    private static int[] anchors(String segment) {
        Module m;
        try {
            m = PythonSourceParser.parseModule(segment, "<segment>");
        } catch (RuntimeException e) {
            return null;
        }
        if (m.body().size() != 1 || !(m.body().get(0) instanceof ExprStmt es)) return null;
        int[] cps = segment.codePoints().toArray();
        if (es.value() instanceof BinOp b) {
            int opStart = b.left().pos().endCol();
            int opEnd = b.right().pos().col();
            int offset = 0;
            while (opStart + offset < opEnd && Character.isWhitespace(cps[opStart + offset])) offset++;
            int left = opStart + offset;
            int right = left + 1;
            if (left + 1 < opEnd && !Character.isWhitespace(cps[left + 1])) right++;
            while (left < cps.length && (Character.isWhitespace(cps[left]) || cps[left] == ')' || cps[left] == '#')) {
                left++;
                right++;
            }
            return new int[] {left, right};
        }
        if (es.value() instanceof Subscript s) {
            int left = s.value().pos().endCol();
            int right = s.slice().pos().endCol() + 1;
            while (left < cps.length && cps[left] != '[') left++;
            while (right < cps.length && cps[right] != ']') right++;
            if (right < cps.length) right++;
            return new int[] {left, right};
        }
        return null;
    }

    /** A SyntaxError field as Python code reads it (getattr), or null when missing or failing. */
    private static Object syntaxAttr(PyBaseException exc, String name) {
        try {
            return org.pyjit.runtime.ops.Ops.getAttrOrNull(exc, name);
        } catch (org.pyjit.runtime.exceptions.PyException e) {
            return null;
        }
    }

    /** The SyntaxError form, rendered by the parser's formatter from the exception's attributes. */
    private static void syntaxError(PyBaseException exc, StringBuilder sb) {
        Object filename = syntaxAttr(exc, "filename");
        Object lineno = syntaxAttr(exc, "lineno");
        Object text = syntaxAttr(exc, "text");
        Object offset = syntaxAttr(exc, "offset");
        Object endLineno = syntaxAttr(exc, "end_lineno");
        Object endOffset = syntaxAttr(exc, "end_offset");
        Object msg = syntaxAttr(exc, "msg");
        String message = msg instanceof String s && !s.isEmpty() ? s : "<no detail available>";
        int line = lineno instanceof Long l ? (int) (long) l : -1;
        String kind = exc.type.builtin ? exc.type.name : typeName(exc.type);
        String src = text instanceof String t ? t.replaceAll("\n+$", "") : null;
        SyntaxErrorException e = new SyntaxErrorException(kind, message, filename instanceof String f ? f : null, line,
                offset instanceof Long o ? (int) (long) o : 0, src, endLineno instanceof Long el ? (int) (long) el : line,
                endOffset instanceof Long eo ? (int) (long) eo : 0);
        sb.append(SyntaxErrorFormatter.format(e));
    }

    /** True when {@code v} is the None singleton (for callers checking attributes). */
    static boolean isNone(Object v) {
        return v == null || v == PyNone.NONE;
    }
}
