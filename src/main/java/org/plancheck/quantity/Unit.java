package org.plancheck.quantity;

/**
 * A unit as plancheck understands it.
 *
 * @param symbol    canonical spelling ("万千瓦", "%", "万吨标准煤")
 * @param dimension what it measures; only units of one dimension convert
 * @param factor    how many of the dimension's reference unit one of this unit is
 */
public record Unit(String symbol, String dimension, double factor) {

    public boolean convertibleTo(Unit other) {
        return other != null && dimension.equals(other.dimension);
    }

    /** value in this unit expressed in {@code other}. */
    public double convert(double value, Unit other) {
        if (!convertibleTo(other)) {
            throw new IllegalArgumentException(symbol + " cannot be converted to " + other.symbol);
        }
        return value * factor / other.factor;
    }
}
