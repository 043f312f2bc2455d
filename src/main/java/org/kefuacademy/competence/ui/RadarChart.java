package org.kefuacademy.competence.ui;

import java.util.List;
import java.util.Locale;

/**
 * A radar chart as an SVG string, drawn on the server (no chart library, no frontend build): one axis
 * per competence, rings at 25/50/75/100 %, the demonstrated mark as a dashed ring, the person's
 * percentages as a filled polygon (a competence without evidence sits at the centre).
 */
final class RadarChart {
    /** Wider than tall: the labels left and right of the chart need the room. */
    private static final int WIDTH = 600;
    private static final int HEIGHT = 420;
    private static final double CX = WIDTH / 2.0;
    private static final double CY = HEIGHT / 2.0;
    private static final double RADIUS = 130;

    private RadarChart() {
    }

    /** @param values percent per axis, null where there is no evidence yet */
    static String svg(List<String> labels, List<Integer> values, int demonstratedPercent) {
        int n = labels.size();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("' class='kefu-radar' role='img'>");
        for (int ring : new int[] {25, 50, 75, 100}) {
            s.append("<polygon class='kefu-radar-ring' points='").append(points(n, i -> ring)).append("'/>");
        }
        s.append("<polygon class='kefu-radar-mark' points='").append(points(n, i -> demonstratedPercent)).append("'/>");
        for (int i = 0; i < n; i++) {
            double[] end = at(i, n, 100);
            s.append(String.format(Locale.ROOT, "<line class='kefu-radar-axis' x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f'/>",
                    CX, CY, end[0], end[1]));
            double[] label = at(i, n, 122);
            String anchor = Math.abs(label[0] - CX) < 8 ? "middle" : label[0] > CX ? "start" : "end";
            s.append(String.format(Locale.ROOT, "<text class='kefu-radar-label' x='%.1f' y='%.1f' text-anchor='%s'>%s</text>",
                    label[0], label[1] + 4, anchor, escape(labels.get(i) + (values.get(i) == null ? "" : " " + values.get(i) + "%"))));
        }
        s.append("<polygon class='kefu-radar-value' points='")
                .append(points(n, i -> values.get(i) == null ? 0 : values.get(i))).append("'/>");
        return s.append("</svg>").toString();
    }

    private static String points(int n, java.util.function.IntUnaryOperator percent) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] xy = at(i, n, percent.applyAsInt(i));
            p.append(String.format(Locale.ROOT, "%.1f,%.1f ", xy[0], xy[1]));
        }
        return p.toString().strip();
    }

    private static double[] at(int i, int n, double percent) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * percent / 100;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
