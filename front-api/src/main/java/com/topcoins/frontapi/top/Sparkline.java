package com.topcoins.frontapi.top;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A row's price over the last 24 h as the {@code points} of an SVG polyline in a
 * {@value #WIDTH}×{@value #HEIGHT} view box: the prices evenly spaced from left to right, the lowest
 * at the bottom and the highest at the top; a flat series is a line across the middle.
 *
 * @param points the polyline's points ({@code "0,30 60,2 120,16"})
 * @param label  what the line shows, for assistive technology
 */
public record Sparkline(String points, String label) {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 32;
    /** Room above and below the line, so its stroke is not clipped at the extremes. */
    static final double MARGIN = 2;

    /** The sparkline of a price series, oldest first; none for fewer than two prices. */
    static Optional<Sparkline> of(String symbol, List<BigDecimal> prices) {
        if (prices.size() < 2) {
            return Optional.empty();
        }
        DisplayFormat format = DisplayFormat.INSTANCE;
        return Optional.of(new Sparkline(
                points(prices),
                "%s price, last 24 h: from %s to %s"
                        .formatted(symbol, format.price(prices.get(0)), format.price(prices.get(prices.size() - 1)))));
    }

    /** The polyline's points of at least two prices. */
    static String points(List<BigDecimal> prices) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (BigDecimal price : prices) {
            min = Math.min(min, price.doubleValue());
            max = Math.max(max, price.doubleValue());
        }
        double range = max - min;
        double height = HEIGHT - 2 * MARGIN;
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < prices.size(); i++) {
            double x = (double) WIDTH * i / (prices.size() - 1);
            double y = range > 0 ? MARGIN + (max - prices.get(i).doubleValue()) / range * height : HEIGHT / 2.0;
            if (i > 0) {
                points.append(' ');
            }
            points.append(coordinate(x)).append(',').append(coordinate(y));
        }
        return points.toString();
    }

    /** One decimal at most: {@code 60}, {@code 12.5}. */
    private static String coordinate(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
