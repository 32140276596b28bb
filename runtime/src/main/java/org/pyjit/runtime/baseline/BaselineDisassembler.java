package org.pyjit.runtime.baseline;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Instruction;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.classfile.instruction.*;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.pyjit.compiler.bytecode.CodeObject;
import org.pyjit.compiler.bytecode.Opcode;

/**
 * {@code pyjit dis --tier1}: the JVM bytecode the baseline compiler generates for each code object
 * of a module, with the register-bytecode instruction each stretch implements.
 */
public final class BaselineDisassembler {
    private BaselineDisassembler() {}

    /** The listing for {@code code} and every code object nested in its constants. */
    public static String disassemble(CodeObject code) {
        StringBuilder sb = new StringBuilder();
        append(code, sb);
        return sb.toString();
    }

    private static void append(CodeObject code, StringBuilder sb) {
        sb.append("Tier 1 of ").append(code).append(":\n");
        try {
            BaselineCompiler.Generated generated = BaselineCompiler.generateClass(code);
            byte[] bytes = generated.bytes();
            sb.append("  ").append(generated.bodyLength()).append(" bytes of JVM code");
            if (generated.bodyLength() > BaselineCompiler.JIT_METHOD_LIMIT) {
                sb.append(" (over the JIT's limit: this code object stays in the interpreter)");
            }
            sb.append('\n');
            body(code, ClassFile.of().parse(bytes), sb);
        } catch (BaselineCompiler.NotCompilable e) {
            sb.append("  not compiled: ").append(e.getMessage()).append('\n');
        }
        sb.append('\n');
        for (Object c : code.consts) {
            if (c instanceof CodeObject nested) append(nested, sb);
        }
    }

    private static void body(CodeObject code, ClassModel cm, StringBuilder sb) {
        for (MethodModel mm : cm.methods()) {
            if (!mm.methodName().equalsString("body")) continue;
            CodeAttribute ca = mm.findAttribute(java.lang.classfile.Attributes.code()).orElseThrow();
            Set<Label> targets = new HashSet<>();
            for (CodeElement e : ca) {
                switch (e) {
                    case BranchInstruction b -> targets.add(b.target());
                    case LookupSwitchInstruction s -> {
                        targets.add(s.defaultTarget());
                        s.cases().forEach(c -> targets.add(c.target()));
                    }
                    case ExceptionCatch c -> targets.add(c.handler());
                    default -> { }
                }
            }
            for (CodeElement e : ca) {
                switch (e) {
                    case LineNumber ln -> {
                        int pc = ln.line() - 1;
                        if (pc < code.code.length) {
                            sb.append("    // ").append(pc).append(' ').append(Opcode.of(code.code[pc]).name()).append('\n');
                        }
                    }
                    case LabelTarget lt when targets.contains(lt.label()) ->
                            sb.append("  L").append(ca.labelToBci(lt.label())).append(":\n");
                    case ExceptionCatch c -> sb.append("    catch ").append(c.catchType().map(t -> t.asSymbol().displayName()).orElse("any"))
                            .append(" [L").append(ca.labelToBci(c.tryStart())).append(", L").append(ca.labelToBci(c.tryEnd()))
                            .append(") -> L").append(ca.labelToBci(c.handler())).append('\n');
                    case Instruction i -> sb.append("      ").append(format(i, ca)).append('\n');
                    default -> { }
                }
            }
        }
    }

    private static String format(Instruction i, CodeAttribute ca) {
        String op = i.opcode().name().toLowerCase();
        return switch (i) {
            case LoadInstruction l -> op.contains("_") ? op : op + " " + l.slot();
            case StoreInstruction s -> op.contains("_") ? op : op + " " + s.slot();
            case InvokeInstruction inv -> op + " " + inv.owner().asSymbol().displayName() + "." + inv.name().stringValue()
                    + inv.typeSymbol().displayDescriptor();
            case InvokeDynamicInstruction indy -> op + " " + indy.name().stringValue() + indy.typeSymbol().displayDescriptor()
                    + " " + indy.bootstrapArgs().stream().map(BaselineDisassembler::constant).collect(Collectors.joining(", ", "[", "]"));
            case FieldInstruction f -> op + " " + f.owner().asSymbol().displayName() + "." + f.name().stringValue();
            case ConstantInstruction.IntrinsicConstantInstruction c -> op;
            case ConstantInstruction c -> op + " " + constant(c.constantValue());
            case BranchInstruction b -> op + " L" + ca.labelToBci(b.target());
            case LookupSwitchInstruction s -> op + " " + s.cases().stream()
                    .map(c -> c.caseValue() + ": L" + ca.labelToBci(c.target())).collect(Collectors.joining(", ", "{", ""))
                    + ", default: L" + ca.labelToBci(s.defaultTarget()) + "}";
            case TypeCheckInstruction t -> op + " " + t.type().asSymbol().displayName();
            default -> op;
        };
    }

    private static String constant(Object c) {
        if (c instanceof String s) return '"' + s + '"';
        if (c instanceof java.lang.constant.DynamicConstantDesc<?> d) {
            return d.bootstrapArgsList().isEmpty() ? d.toString() : "classData[" + d.bootstrapArgsList().getFirst() + "]";
        }
        return String.valueOf(c);
    }
}
