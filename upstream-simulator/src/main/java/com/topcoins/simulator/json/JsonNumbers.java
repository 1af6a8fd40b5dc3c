package com.topcoins.simulator.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Writes numbers the way the real (JavaScript-based) emitters do: integral values as integer literals
 * ({@code 508}, {@code 0}), others as plain decimals, and optionally tiny values in lower-case exponent
 * form ({@code 1.2345e-7}). {@code NaN} stands for "not applicable" and is written as {@code null}.
 */
public final class JsonNumbers {

    /** Below this, a JavaScript emitter switches to exponent notation. */
    private static final double EXPONENT_THRESHOLD = 1e-6;

    private JsonNumbers() {}

    /** {@code v} rounded to {@code significant} digits, trailing zeros removed (so integral values print as integers). */
    public static BigDecimal decimal(double v, int significant) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return BigDecimal.ZERO;
        }
        // valueOf (shortest decimal representation) is much cheaper than the exact binary expansion.
        BigDecimal exact = BigDecimal.valueOf(v);
        return (exact.precision() > significant
                        ? exact.round(new MathContext(significant, RoundingMode.HALF_EVEN))
                        : exact)
                .stripTrailingZeros();
    }

    /** {@code v} rounded to a fixed number of decimals (for money amounts such as market caps). */
    public static BigDecimal fixed(double v, int decimals) {
        if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    public static void put(ObjectNode node, String field, double v, int significant) {
        if (Double.isNaN(v)) {
            node.putNull(field);
        } else {
            node.put(field, decimal(v, significant));
        }
    }

    /** Like {@link #put} but, when {@code exponentStyle} is set, sub-1e-6 values use lower-case exponent form. */
    public static void putSmall(ObjectNode node, String field, double v, int significant, boolean exponentStyle) {
        if (exponentStyle && !Double.isNaN(v) && v != 0 && Math.abs(v) < EXPONENT_THRESHOLD) {
            node.putRawValue(field, new RawValue(javascriptExponent(decimal(v, significant))));
        } else {
            put(node, field, v, significant);
        }
    }

    /** {@code 1.2345E-7} as JavaScript's {@code Number.prototype.toString} would print it: {@code 1.2345e-7}. */
    public static String javascriptExponent(BigDecimal value) {
        String digits = value.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - value.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (value.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
    }
}
