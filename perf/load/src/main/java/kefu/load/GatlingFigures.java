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
 * <p>Usage: {@code GatlingFigures RUN_DIRECTORY}
 */
public final class GatlingFigures {
    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"([^\"]+)\"[^>]*>.*?class=\"ellipsed-name\">([^<]+)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z ]+col-(\\d+)\">([^<]*)</td>");

    public static void main(String[] args) throws Exception {
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
}
