package org.pyjit.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;

/** Renders code objects readably: one line per instruction with its source line, registers named. */
public final class Disassembler {
    private Disassembler() {}

    /** The disassembly of {@code code} and of every code object nested in its constants. */
    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        List<CodeObject> todo = new ArrayList<>();
        todo.add(code);
        for (int i = 0; i < todo.size(); i++) {
            CodeObject c = todo.get(i);
            if (i > 0) sb.append('\n');
            one(c, sb);
            for (Object k : c.consts) if (k instanceof CodeObject nested) todo.add(nested);
        }
        return sb.toString();
    }

    private static void one(CodeObject c, StringBuilder sb) {
        sb.append("Disassembly of <code object ").append(c.qualname).append(", file \"").append(c.filename).append("\", line ")
                .append(c.firstLineno).append(">:\n");
        sb.append(String.format("  registers: %d (locals %s, cells %s, free %s)%n", c.registerCount, String.join(",", c.varnames),
                String.join(",", c.cellvars), String.join(",", c.freevars)));
        int lastLine = -1;
        int[] code = c.code;
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.of(code[pc]);
            int line = c.lineAt(pc);
            String lineCol = line != lastLine ? String.format("%4d", line) : "    ";
            lastLine = line;
            sb.append(lineCol).append(String.format(" %5d %-20s", pc, op.name()));
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < op.operandCount; i++) parts.add(operand(c, op.operands.charAt(i), code[pc + 1 + i]));
            sb.append(String.join(", ", parts)).append('\n');
            pc += op.size();
        }
        int[] t = c.exceptionTable;
        if (t.length > 0) {
            sb.append("  exception table:\n");
            for (int i = 0; i < t.length; i += 4) {
                sb.append(String.format("    %d to %d -> %d [r%d]%n", t[i], t[i + 1], t[i + 2], t[i + 3]));
            }
        }
    }

    private static String operand(CodeObject c, char kind, int v) {
        return switch (kind) {
            case 'r' -> v < 0 ? "-" : register(c, v);
            case 'k' -> v < 0 ? "-" : constant(c.consts[v]);
            case 'n' -> c.names[v];
            case 't' -> "->" + v;
            default -> Integer.toString(v);
        };
    }

    private static String register(CodeObject c, int r) {
        if (r < c.varnames.length) return c.varnames[r];
        int cell = r - c.varnames.length;
        if (cell < c.cellvars.length) return "cell:" + c.cellvars[cell];
        int free = cell - c.cellvars.length;
        if (free < c.freevars.length) return "free:" + c.freevars[free];
        return "r" + r;
    }

    private static String constant(Object k) {
        if (k instanceof String s) return "'" + s.replace("\n", "\\n") + "'";
        if (k instanceof CodeObject co) return "<code " + co.qualname + ">";
        if (k instanceof KeywordNames kn) return "kw(" + String.join(",", kn.names()) + ")";
        return String.valueOf(k);
    }
}
