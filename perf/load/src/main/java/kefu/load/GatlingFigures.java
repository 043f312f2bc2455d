package kefu.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the per-request figures of a Gatling run as a Markdown table: count, errors, throughput,
 * p50/p95/p99 and max response time, read from the statistics table of the run's HTML report
 * (Gatling 3.14 writes no machine-readable summary; its {@code simulation.log} is binary).
 *
 * <p>With a request name as second argument it prints, minute by minute of the run, the median and
 * the worst of that request's per-second p50 and p95 (the report's "Response Time Percentiles over
 * Time"), to tell a start-up storm from the steady state.
 *
 * <p>Usage: {@code GatlingFigures RUN_DIRECTORY [REQUEST_NAME]}
 */
public final class GatlingFigures {
    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"([^\"]+)\"[^>]*>.*?class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z ]+col-(\\d+)\">([^<]*)</td>");

    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            overTime(Path.of(args[0]), args[1]);
            return;
        }
        String html = Files.readString(Path.of(args[0], "index.html"), StandardCharsets.UTF_8);
        int table = html.indexOf("<tbody>");
        Matcher row = ROW.matcher(html.substring(table));
        System.out.println("| interaction | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                cells.add(cell.group(2).trim());
            }
            if (cells.size() < 13) {
                continue;
            }
            // cells: total, ok, ko, %ko, cnt/s, min, p50, p75, p95, p99, max, mean, stddev
            String name = "ROOT".equals(row.group(1)) ? "**all requests**" : row.group(2).trim();
            System.out.printf("| %s | %s | %s | %s | %s | %s | %s | %s |%n", name, cells.get(0), cells.get(2), cells.get(4),
                    cells.get(6), cells.get(8), cells.get(9), cells.get(10));
        }
    }

    private static final Pattern SERIES = Pattern.compile("name: '([^']+)',\\s*data: (\\[\\[.*?\\]\\])", Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("\\[(\\d+), (null|\\d+)\\]");

    private static void overTime(Path run, String request) throws Exception {
        String prefix = "req_" + request.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase();
        Path page;
        try (var files = Files.list(run)) {
            page = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no report page for " + request));
        }
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String section = html.substring(html.indexOf("Response Time Percentiles over Time (OK)"));
        java.util.Map<String, java.util.TreeMap<Long, Long>> series = new java.util.HashMap<>();
        Matcher m = SERIES.matcher(section);
        while (m.find() && series.size() < 10) {
            java.util.TreeMap<Long, Long> points = new java.util.TreeMap<>();
            Matcher p = POINT.matcher(m.group(2));
            while (p.find()) {
                if (!"null".equals(p.group(2))) {
                    points.put(Long.parseLong(p.group(1)), Long.parseLong(p.group(2)));
                }
            }
            series.put(m.group(1), points);
        }
        long start = Long.MAX_VALUE;
        Matcher first = POINT.matcher(section);
        if (first.find()) {
            start = Long.parseLong(first.group(1));
        }
        System.out.println("| minute of run | seconds with saves | p50 (median second) | p95 (median second) | p95 (worst second) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        java.util.TreeMap<Long, List<long[]>> minutes = new java.util.TreeMap<>();
        for (var e : series.get("95%").entrySet()) {
            Long p50 = series.get("50%").get(e.getKey());
            minutes.computeIfAbsent((e.getKey() - start) / 60000, k -> new ArrayList<>()).add(new long[] {p50 == null ? 0 : p50, e.getValue()});
        }
        for (var e : minutes.entrySet()) {
            List<long[]> v = e.getValue();
            long[] p50 = v.stream().mapToLong(x -> x[0]).sorted().toArray();
            long[] p95 = v.stream().mapToLong(x -> x[1]).sorted().toArray();
            System.out.printf("| %d | %d | %d ms | %d ms | %d ms |%n", e.getKey(), v.size(), p50[p50.length / 2], p95[p95.length / 2],
                    p95[p95.length - 1]);
        }
    }
}
