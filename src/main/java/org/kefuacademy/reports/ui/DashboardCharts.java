package org.kefuacademy.reports.ui;

import java.util.List;
import java.util.Locale;

/**
 * The dashboard's charts as SVG strings drawn on the server (no chart library, no frontend build), like
 * competence's radar chart. Colours are attributes, so the charts need no stylesheet. Labels are escaped.
 */
final class DashboardCharts {
    private static final String BAR = "#2f6fb0";
    private static final String MARK = "#c0392b";
    private static final String TRACK = "#e6ebf1";
    private static final String TEXT = "#33414e";
    private static final int CHART_HEIGHT = 220;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;
    private static final int LEFT = 40;
    private static final int SLOT = 96;

    private DashboardCharts() {
    }

    /**
     * Vertical bars on a 0–100 scale, the value above each bar ("—" where there is none), and a dashed
     * line at {@code mark} (e.g. the pass mark) when given.
     */
    static String bars(String title, List<String> labels, List<Double> values, String unit, Integer mark) {
        int width = LEFT + SLOT * Math.max(1, labels.size()) + 16;
        double plot = CHART_HEIGHT - TOP - BOTTOM;
        StringBuilder s = open(width, CHART_HEIGHT, title);
        for (int tick = 0; tick <= 100; tick += 25) {
            double y = TOP + plot * (1 - tick / 100.0);
            s.append(f("<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='%s'/>", LEFT, y, width - 8, y, TRACK));
            s.append(f("<text x='%d' y='%.1f' font-size='11' text-anchor='end' fill='%s'>%d</text>", LEFT - 6, y + 4, TEXT, tick));
        }
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + SLOT * i + SLOT * 0.2;
            double w = SLOT * 0.6;
            Double v = values.get(i);
            if (v != null) {
                double h = plot * Math.max(0, Math.min(100, v)) / 100;
                s.append(f("<rect class='kefu-chart-bar' x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s'/>", x, TOP + plot - h, w, h, BAR));
            }
            String text = v == null ? "—" : trim(v) + unit;
            double top = TOP + plot - (v == null ? 0 : plot * Math.max(0, Math.min(100, v)) / 100);
            s.append(f("<text x='%.1f' y='%.1f' font-size='12' text-anchor='middle' fill='%s'>%s</text>", x + w / 2, top - 5, TEXT,
                    escape(text)));
            s.append(f("<text x='%.1f' y='%d' font-size='12' text-anchor='middle' fill='%s'>%s</text>", x + w / 2,
                    CHART_HEIGHT - BOTTOM + 18, TEXT, escape(labels.get(i))));
        }
        if (mark != null) {
            double y = TOP + plot * (1 - mark / 100.0);
            s.append(f("<line class='kefu-chart-mark' x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='%s' stroke-dasharray='6 4'/>", LEFT, y,
                    width - 8, y, MARK));
        }
        return s.append("</svg>").toString();
    }

    /**
     * One horizontal bar per cohort: the average share of modules completed, with a marker where the
     * cohort should be by today.
     */
    static String progress(String title, List<String> names, List<Integer> completedPercent, List<Integer> expectedPercent) {
        int rowHeight = 34;
        int labelWidth = 180;
        int barWidth = 360;
        int width = labelWidth + barWidth + 70;
        int height = Math.max(1, names.size()) * rowHeight + 10;
        StringBuilder s = open(width, height, title);
        for (int i = 0; i < names.size(); i++) {
            int y = 8 + i * rowHeight;
            s.append(f("<text x='%d' y='%d' font-size='13' text-anchor='end' fill='%s'>%s</text>", labelWidth - 10, y + 15, TEXT,
                    escape(names.get(i))));
            s.append(f("<rect x='%d' y='%d' width='%d' height='18' rx='3' fill='%s'/>", labelWidth, y + 2, barWidth, TRACK));
            int done = Math.max(0, Math.min(100, completedPercent.get(i)));
            s.append(f("<rect class='kefu-chart-bar' x='%d' y='%d' width='%.1f' height='18' rx='3' fill='%s'/>", labelWidth, y + 2,
                    barWidth * done / 100.0, BAR));
            double ex = labelWidth + barWidth * Math.max(0, Math.min(100, expectedPercent.get(i))) / 100.0;
            s.append(f("<line class='kefu-chart-mark' x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='%s' stroke-width='2'/>", ex, y - 1,
                    ex, y + 23, MARK));
            s.append(f("<text x='%d' y='%d' font-size='12' fill='%s'>%d%%</text>", labelWidth + barWidth + 8, y + 15, TEXT, done));
        }
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        StringBuilder s = new StringBuilder();
        s.append(f("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 %d %d' width='%d' height='%d' role='img' class='kefu-chart'>",
                width, height, width, height));
        return s.append("<title>").append(escape(title)).append("</title>");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
