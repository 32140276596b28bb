package org.pyjit.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.runtime.testutil.CPython;
import org.pyjit.runtime.testutil.Py;

/** NativeItems' layouts and ranges against the bytes CPython's array module stores on this machine. */
class NativeItemsTest {
    private static final String CODES = "bBhHiIlLqQ";
    private static final String[] VALUES = {"0", "1", "-1", "127", "-128", "255", "256", "32767", "-32769", "65535",
        "2147483647", "-2147483648", "4294967295", "4294967296", "9223372036854775807", "-9223372036854775808",
        "18446744073709551615", "18446744073709551616"};

    @Test
    void integerItemsMatchCPythonsArrays() {
        Py.boot();
        StringBuilder script = new StringBuilder("import array\n");
        for (char c : CODES.toCharArray()) {
            for (String v : VALUES) {
                script.append("try: print(array.array('").append(c).append("', [").append(v).append("]).tobytes().hex())\n")
                        .append("except OverflowError: print('overflow')\n");
            }
        }
        List<String> expected = CPython.lines(script.toString());
        int k = 0;
        for (char c : CODES.toCharArray()) {
            for (String v : VALUES) {
                Object value = org.pyjit.runtime.ops.IntArith.normalize(new BigInteger(v));
                String got;
                if (!NativeItems.fits(c, value)) {
                    got = "overflow";
                } else {
                    byte[] b = new byte[NativeItems.size(c)];
                    NativeItems.putLong(b, 0, c, NativeItems.bits(value));
                    got = HexFormat.of().formatHex(b);
                    assertEquals(value, NativeItems.get(b, 0, c), "read back " + v + " as " + c);
                }
                assertEquals(expected.get(k++), got, v + " as '" + c + "'");
            }
        }
    }

    @Test
    void floatItemsRoundAsCPythonsArrays() {
        Py.boot();
        String[] values = {"0.1", "-2.5", "1e40", "3.4028234663852886e38", "1e-46", "float('inf')"};
        StringBuilder script = new StringBuilder("import array\n");
        for (String v : values) script.append("print(array.array('f', [").append(v).append("]).tobytes().hex(), array.array('f', [")
                .append(v).append("])[0].hex(), array.array('d', [").append(v).append("]).tobytes().hex())\n");
        List<String> expected = CPython.lines(script.toString());
        for (int i = 0; i < values.length; i++) {
            double d = values[i].startsWith("float") ? Double.POSITIVE_INFINITY : Double.parseDouble(values[i]);
            byte[] f = new byte[4], dd = new byte[8];
            NativeItems.putDouble(f, 0, 'f', d);
            NativeItems.putDouble(dd, 0, 'd', d);
            String[] want = expected.get(i).split(" ");
            assertEquals(want[0], HexFormat.of().formatHex(f), values[i] + " as 'f'");
            assertEquals(want[2], HexFormat.of().formatHex(dd), values[i] + " as 'd'");
            double back = (Double) NativeItems.get(f, 0, 'f');
            assertEquals(want[1], pythonHex(back), values[i] + " read back from 'f'");
        }
    }

    /** float.hex() for the finite values and infinities used above. */
    private static String pythonHex(double d) {
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        return org.pyjit.runtime.ops.Ops.str(org.pyjit.runtime.ops.Ops.call(org.pyjit.runtime.ops.Ops.getAttr(d, "hex")));
    }
}
