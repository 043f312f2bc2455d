package org.kefuacademy.evaluation.ui;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart as an SVG string drawn on the server (no chart library, no frontend build): one bar per
 * label up to {@code max}, its value written above it; a missing value draws no bar and a dash.
 */
final class SvgBarChart {
    private static final int WIDTH = 520;
    private static final int HEIGHT = 240;
    private static final int TOP = 24;
    private static final int BOTTOM = 36;
    private static final int LEFT = 36;
    private static final String BAR_STYLE = "fill:var(--kefu-brand, #0b6e4f)";
    private static final String TEXT_STYLE = "font-size:12px;fill:var(--lumo-body-text-color, #222)";
    private static final String GRID_STYLE = "stroke:var(--lumo-contrast-20pct, #ccc);stroke-width:1";

    private SvgBarChart() {
    }

    /** @param decimals digits after the point in the value labels */
    static String svg(String title, List<String> labels, List<? extends Number> values, double max, int decimals) {
        int n = labels.size();
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - 8) / (double) Math.max(1, n);
        double barWidth = Math.min(56, slot * 0.6);
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("' class='kefu-bar-chart' role='img' style='width:100%;max-width:560px;height:auto'><title>")
                .append(escape(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            double y = TOP + plotHeight * i / 4;
            s.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' style='%s'/>", LEFT, y, WIDTH - 8, y, GRID_STYLE));
            s.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' text-anchor='end' style='%s'>%s</text>", LEFT - 4, y + 4,
                    TEXT_STYLE, format(max * (4 - i) / 4, max >= 10 ? 0 : 1)));
        }
        for (int i = 0; i < n; i++) {
            double cx = LEFT + slot * i + slot / 2;
            Number v = values.get(i);
            if (v != null) {
                double h = plotHeight * Math.max(0, Math.min(max, v.doubleValue())) / max;
                s.append(String.format(Locale.ROOT, "<rect class='kefu-bar' x='%.1f' y='%.1f' width='%.1f' height='%.1f' style='%s'/>",
                        cx - barWidth / 2, TOP + plotHeight - h, barWidth, h, BAR_STYLE));
            }
            s.append(String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' text-anchor='middle' style='%s'>%s</text>", cx,
                    TOP + plotHeight - (v == null ? 0 : plotHeight * Math.min(max, v.doubleValue()) / max) - 4, TEXT_STYLE,
                    v == null ? "—" : format(v.doubleValue(), decimals)));
            s.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle' style='%s'>%s</text>", cx, HEIGHT - 14,
                    TEXT_STYLE, escape(labels.get(i))));
        }
        return s.append("</svg>").toString();
    }

    private static String format(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
