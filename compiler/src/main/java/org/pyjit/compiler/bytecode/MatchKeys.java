package org.pyjit.compiler.bytecode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyjit.compiler.ast.Attribute;
import org.pyjit.compiler.ast.BinOp;
import org.pyjit.compiler.ast.BytesLiteral;
import org.pyjit.compiler.ast.Constant;
import org.pyjit.compiler.ast.ConstantSingleton;
import org.pyjit.compiler.ast.Expr;
import org.pyjit.compiler.ast.ImaginaryLiteral;
import org.pyjit.compiler.ast.MatchMapping;
import org.pyjit.compiler.ast.Operator;
import org.pyjit.compiler.ast.PythonRepr;
import org.pyjit.compiler.ast.UnaryOp;
import org.pyjit.compiler.ast.UnaryOperator;

/**
 * The compile-time checks of a mapping pattern's keys: each must be a literal or a dotted name,
 * and no two literal keys may be equal as Python compares them (so {@code True} and {@code 1}
 * collide), with CPython's messages.
 */
final class MatchKeys {
    private MatchKeys() {}

    /** A folded literal key: its value for equality and its Python repr. */
    private record Literal(Object key, String repr) {}

    static void check(BytecodeCompiler c, MatchMapping m) {
        List<Object> seen = new ArrayList<>();
        for (Expr e : m.keys()) {
            if (e instanceof Attribute) {
                continue;
            }
            Literal lit = literal(e);
            if (lit == null) {
                throw c.error("mapping pattern keys may only match literals and attribute lookups", m.pos());
            }
            for (Object k : seen) {
                if (k.equals(lit.key())) {
                    throw c.error("mapping pattern checks duplicate key (" + lit.repr() + ")", m.pos());
                }
            }
            seen.add(lit.key());
        }
    }

    private static Literal literal(Expr e) {
        switch (e) {
            case Constant k -> {
                return constant(k.value());
            }
            case UnaryOp u when u.op() == UnaryOperator.USub && u.operand() instanceof Constant k -> {
                return switch (k.value()) {
                    case Long l -> l == Long.MIN_VALUE ? constant(BigInteger.valueOf(l).negate()) : constant(-l);
                    case BigInteger bi -> constant(normalize(bi.negate()));
                    case Double d -> constant(-d);
                    case ImaginaryLiteral im -> complex(-0.0, -im.imag(), true);
                    default -> null;
                };
            }
            case BinOp bo when bo.right() instanceof Constant r && r.value() instanceof ImaginaryLiteral im -> {
                Literal left = literal(bo.left());
                if (left == null || !(left.key() instanceof BigDecimal || left.key() instanceof Double)) {
                    return null;
                }
                double real = left.key() instanceof BigDecimal bd ? bd.doubleValue() : (Double) left.key();
                double imag = bo.op() == Operator.Sub ? -im.imag() : im.imag();
                return complex(real, imag, false);
            }
            default -> {
                return null;
            }
        }
    }

    /** The real part as complex's repr writes it: repr of the float without a trailing ".0". */
    private static String realPart(double real) {
        String r = PythonRepr.ofDouble(real);
        return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
    }

    private static BigDecimal num(BigDecimal d) {
        return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }

    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static Literal constant(Object v) {
        return switch (v) {
            case Boolean b -> new Literal(num(BigDecimal.valueOf(b ? 1 : 0)), b ? "True" : "False");
            case Long l -> new Literal(num(BigDecimal.valueOf(l)), Long.toString(l));
            case BigInteger bi -> new Literal(num(new BigDecimal(bi)), bi.toString());
            case Double d -> new Literal(Double.isFinite(d) ? num(new BigDecimal(d)) : d,
                    PythonRepr.ofDouble(d));
            case String s -> new Literal("s" + s, PythonRepr.ofString(s));
            case BytesLiteral b -> new Literal(Arrays.toString(b.bytes()) + "b", PythonRepr.ofBytes(b.bytes()));
            case ImaginaryLiteral im -> complex(0.0, im.imag(), true);
            case ConstantSingleton s -> new Literal(s, s == ConstantSingleton.NONE ? "None" : "Ellipsis");
            default -> null;
        };
    }

    private static Literal complex(double real, double imag, boolean pureImaginary) {
        if (imag == 0.0) {
            return new Literal(num(new BigDecimal(real)), "(" + realPart(real) + "+0j)");
        }
        String repr = pureImaginary && real == 0.0 && 1 / real > 0 ? PythonRepr.ofImaginary(imag)
                : "(" + realPart(real) + (imag < 0 || (imag == 0 && 1 / imag < 0) ? "-" : "+")
                + PythonRepr.ofImaginary(Math.abs(imag)) + ")";
        return new Literal(List.of(real == 0.0 ? 0.0 : real, imag), repr);
    }
}
