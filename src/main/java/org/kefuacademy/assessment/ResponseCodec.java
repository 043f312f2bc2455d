package org.kefuacademy.assessment;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a {@link Response} as a short text column: {@code c:0,2} (choices), {@code t:1} (true),
 * {@code x:text} (typed), {@code o:2,0,1} (order), {@code m:0=1,1=0} (matching).
 */
public final class ResponseCodec {
    private ResponseCodec() {
    }

    public static String encode(Response response) {
        return switch (response) {
            case Response.Choice c -> "c:" + c.chosen().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
            case Response.Truth t -> "t:" + (t.value() ? 1 : 0);
            case Response.Text t -> "x:" + (t.value() == null ? "" : t.value());
            case Response.Order o -> "o:" + o.steps().stream().map(String::valueOf).collect(Collectors.joining(","));
            case Response.Match m -> "m:" + m.rightOfLeft().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        };
    }

    /** The response, or null for nothing saved; a malformed value is treated as unanswered. */
    public static Response decode(String stored) {
        if (stored == null || stored.length() < 2 || stored.charAt(1) != ':') {
            return null;
        }
        String v = stored.substring(2);
        try {
            return switch (stored.charAt(0)) {
                case 'c' -> new Response.Choice(Set.copyOf(numbers(v)));
                case 't' -> new Response.Truth("1".equals(v));
                case 'x' -> new Response.Text(v);
                case 'o' -> new Response.Order(numbers(v));
                case 'm' -> new Response.Match(pairs(v));
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static List<Integer> numbers(String csv) {
        return csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static Map<Integer, Integer> pairs(String csv) {
        Map<Integer, Integer> map = new HashMap<>();
        if (!csv.isBlank()) {
            for (String pair : csv.split(",")) {
                String[] lr = pair.split("=");
                map.put(Integer.valueOf(lr[0].strip()), Integer.valueOf(lr[1].strip()));
            }
        }
        return map;
    }
}
