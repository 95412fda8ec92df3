package org.casemgmt.console.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An objective's measurements as a small line chart (an SVG polyline), with its target as a line across: the
 * baseline first, then each measurement in the order taken. The chart's scale runs from the lowest to the highest of
 * all of them, so that the target line is always inside it.
 *
 * @param points the polyline's points, "x,y x,y ..."
 * @param targetY where the target line crosses
 * @param lastX where the last point is, for its dot
 * @param lastY where the last point is, for its dot
 */
public record Sparkline(String points, double targetY, double lastX, double lastY) {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 32;
    private static final double MARGIN = 3;

    /** For the template, which may not read static fields. */
    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public static Sparkline of(double baseline, List<Double> measurements, double target) {
        List<Double> values = new ArrayList<>();
        values.add(baseline);
        values.addAll(measurements);
        double lowest = Math.min(target, values.stream().mapToDouble(Double::doubleValue).min().orElse(target));
        double highest = Math.max(target, values.stream().mapToDouble(Double::doubleValue).max().orElse(target));
        double step = values.size() == 1 ? 0 : (WIDTH - 2 * MARGIN) / (values.size() - 1);
        StringBuilder points = new StringBuilder();
        double x = MARGIN;
        double y = 0;
        for (int index = 0; index < values.size(); index++) {
            x = MARGIN + index * step;
            y = y(values.get(index), lowest, highest);
            points.append(index == 0 ? "" : " ").append(format(x)).append(',').append(format(y));
        }
        return new Sparkline(points.toString(), y(target, lowest, highest), x, y);
    }

    /** Higher values higher up: SVG's y grows downwards. */
    private static double y(double value, double lowest, double highest) {
        if (highest == lowest) {
            return HEIGHT / 2.0;
        }
        return MARGIN + (highest - value) / (highest - lowest) * (HEIGHT - 2 * MARGIN);
    }

    private static String format(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }
}
