package org.plancheck.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/** How the engine writes and rounds numbers: facts carry numbers rounded once, so rules compare them with plain == and <. */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(12);

    private Numbers() {
    }

    /**
     * {@code v} rounded to 12 significant digits, so that a converted value (11,000 MW × 0.1 = 1100.0000000000002)
     * equals the number a plan writes (1100). Null stays null.
     */
    public static Double clean(Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return v;
        }
        return new BigDecimal(v).round(DIGITS).doubleValue();
    }

    /** A number as a reviewer writes it: no trailing ".0", at most six decimals. */
    public static String show(Double v) {
        if (v == null) {
            return "—";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.valueOf(v.longValue());
        }
        return String.valueOf(Math.round(v * 1e6) / 1e6);
    }
}
