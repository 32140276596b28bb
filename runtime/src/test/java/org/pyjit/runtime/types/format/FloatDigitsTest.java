package org.pyjit.runtime.types.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatDigits#fixed} and {@link FloatDigits#significant} against the exact decimal expansion of
 * the double rounded half-even by BigDecimal (what both computed for every input before they learnt to
 * round the shortest digits), over doubles whose shortest digits are longer than the precision asked.
 */
class FloatDigitsTest {

    /** Doubles near decimal halfway points and of many magnitudes, plus random ones. */
    private static List<Double> samples() {
        List<Double> xs = new ArrayList<>();
        double[] fixedOnes = {2.675, 0.125, 0.375, 1.005, 1.015, 1.025, 2.5, 0.5, 1.5, 9.995, 9.9995, 99.95, 999.5,
                0.045, 0.0045, 86.10000000000001, 0.1 + 0.2, 1 / 3.0, 2 / 3.0, 123456.789, 9.999999999999, 0.96, 0.94,
                0.05, 0.004, 1e-5, 4.35, 5e-324, 2.2250738585072014E-308, 1.7976931348623157E308, 1e15 + 0.3, 1e22};
        for (double x : fixedOnes) xs.add(x);
        SplittableRandom random = new SplittableRandom(20261126);
        for (int i = 0; i < 20000; i++) {
            xs.add(random.nextDouble() * Math.pow(10, random.nextInt(-8, 17)));
            xs.add((random.nextInt(1, 100000) / 10.0) * random.nextInt(1, 20)); // like 86.10000000000001
            xs.add(random.nextInt(0, 2000000) / 1000.0 + 0.0005); // digits ending in 5 after the cut
            xs.add(Double.longBitsToDouble(random.nextLong(0x0010000000000000L, 0x7fefffffffffffffL)));
        }
        return xs;
    }

    private static String text(FloatDigits d) {
        return d.digits() + "e" + d.decpt();
    }

    private static String exact(BigDecimal r) {
        if (r.signum() == 0) return "0e1";
        String u = r.unscaledValue().toString();
        int decpt = u.length() - r.scale();
        int end = u.length();
        while (end > 1 && u.charAt(end - 1) == '0') end--;
        return u.substring(0, end) + "e" + decpt;
    }

    @Test
    void fixedRoundsAsTheExactValueDoes() {
        for (double x : samples()) {
            if (x == 0 || Double.isInfinite(x)) continue;
            for (int n = 0; n <= 17; n++) {
                int places = n;
                String expected = exact(new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN));
                assertEquals(expected, text(FloatDigits.fixed(x, places)), () -> "fixed(" + x + ", " + places + ")");
            }
        }
    }

    @Test
    void roundToPlacesIsTheExactValueRoundedThenConverted() {
        for (double x : samples()) {
            if (x == 0 || Double.isInfinite(x)) continue;
            for (int n = -20; n <= 20; n++) {
                int places = n;
                double expected = new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
                assertEquals(expected, FloatFormatter.roundToPlaces(x, places), () -> "round(" + x + ", " + places + ")");
                assertEquals(-expected, FloatFormatter.roundToPlaces(-x, places), () -> "round(" + -x + ", " + places + ")");
            }
        }
    }

    @Test
    void significantRoundsAsTheExactValueDoes() {
        for (double x : samples()) {
            if (x == 0 || Double.isInfinite(x)) continue;
            for (int n = 1; n <= 17; n++) {
                int digits = n;
                String expected = exact(new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN)));
                assertEquals(expected, text(FloatDigits.significant(x, digits)), () -> "significant(" + x + ", " + digits + ")");
            }
        }
    }
}
