package kefu.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated trainee's browser: its current Vaadin UI and what it is about to send. Each answer
 * is planned as the browser would send it (a radio click syncs the button's {@code checked} and the
 * group's {@code value}; a checkbox tick the growing key list; a text field its value on the
 * {@code input} event; a match each select's value; an ordering the "keep this order" click), one
 * UIDL request per user action. What was answered is written to the answers file for the check.
 */
public final class Trainee {
    private static final Pattern HEADER = Pattern.compile("第 (\\d+) / (\\d+) 题");
    private static final Pattern PROGRESS = Pattern.compile("已答 (\\d+) / (\\d+) 题");
    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":%d,\"event.clientY\":%d,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":%d,\"event.screenX\":%d}";
    private static Writer answers;

    final String username;
    UiTree ui = new UiTree();
    private final Deque<String> planned = new ArrayDeque<>();
    private int expectedAnswered;
    private String record;
    long lastHeartbeat = System.currentTimeMillis();
    int answered;

    public Trainee(String username) {
        this.username = username;
    }

    public static synchronized void openAnswersFile(Path file) {
        try {
            answers = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void write(String line) {
        try {
            answers.write(line);
            answers.write('\n');
            answers.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new page: a new UI whose init JSON is given. */
    public void newPage(String initBody) throws Exception {
        ui = new UiTree();
        ui.init(initBody);
    }

    public String navigate(String route) {
        return ui.request("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"客服学院 Kefu Academy\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
    }

    public String unload() {
        return "{\"csrfToken\":\"" + ui.csrfToken + "\",\"rpc\":[],\"UNLOAD\":true}";
    }

    public String click(String elementId) {
        return ui.request("[" + clickRpc(ui.require(elementId).id()) + "]");
    }

    private static String clickRpc(int node) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int x = 300 + r.nextInt(400);
        int y = 300 + r.nextInt(300);
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":" + CLICK_DATA.formatted(x, y, y + 153, x + 10) + "}";
    }

    /**
     * What the browser reports right after rendering new components: the current value of each
     * new element's synchronised properties, as {@code *-changed} events. Null if there is nothing.
     */
    public String renderSync() {
        List<String> rpc = new ArrayList<>();
        for (UiTree.Node n : ui.attachedByLastResponse()) {
            for (String event : n.listeners().keySet()) {
                if (event.endsWith("-changed") && !event.equals("opened-changed")) {
                    rpc.add("{\"type\":\"event\",\"node\":" + n.id() + ",\"event\":\"" + event + "\",\"data\":{}}");
                }
            }
        }
        return rpc.isEmpty() ? null : ui.request("[" + String.join(",", rpc) + "]");
    }

    /** Plans the requests that answer the question on screen. */
    public void planAnswer() {
        UiTree.Node input = ui.require("answer-input");
        int position = currentPosition();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        planned.clear();
        expectedAnswered = answered + 1;
        switch (input.tag()) {
            case "vaadin-radio-group" -> {
                List<UiTree.Node> radios = ui.descendants(input, n -> "vaadin-radio-button".equals(n.tag()));
                UiTree.Node pick = radios.get(r.nextInt(radios.size()));
                String key = pick.property("value");
                planned.add("[" + sync(pick.id(), "checked", "true") + "," + event(pick.id(), "checked-changed", "{}") + ","
                        + sync(input.id(), "value", quote(key)) + "," + event(input.id(), "value-changed", "{}") + "]");
                record = "radio\t" + key;
            }
            case "vaadin-checkbox-group" -> {
                List<UiTree.Node> boxes = new ArrayList<>(ui.descendants(input, n -> "vaadin-checkbox".equals(n.tag())));
                Collections.shuffle(boxes, r);
                List<String> keys = new ArrayList<>();
                for (UiTree.Node box : boxes.subList(0, Math.min(boxes.size(), 1 + r.nextInt(2)))) {
                    keys.add(box.property("value"));
                    planned.add("[" + sync(box.id(), "checked", "true") + "," + event(box.id(), "checked-changed", "{}") + ","
                            + sync(input.id(), "value", "[" + String.join(",", keys.stream().map(Trainee::quote).toList()) + "]")
                            + "," + event(input.id(), "value-changed", "{}") + "]");
                }
                record = "check\t" + String.join(",", keys.stream().sorted().toList());
            }
            case "vaadin-text-field", "vaadin-text-area" -> {
                String text = "压测答案-" + username + "-" + position;
                planned.add("[" + sync(input.id(), "value", quote(text)) + "," + event(input.id(), "input", "{\"1\":1,\"for\":\"trailing\"}") + "]");
                record = "text\t" + text;
            }
            default -> {
                List<UiTree.Node> selects = ui.descendants(input, n -> "vaadin-select".equals(n.tag()));
                if (!selects.isEmpty()) {
                    List<String> keys = new ArrayList<>();
                    for (UiTree.Node select : selects) {
                        List<UiTree.Node> items = ui.descendants(select, n -> "vaadin-select-item".equals(n.tag()));
                        String key = items.get(r.nextInt(items.size())).property("value");
                        keys.add(key);
                        planned.add("[" + sync(select.id(), "value", quote(key)) + "," + event(select.id(), "value-changed", "{}") + "]");
                    }
                    record = "match\t" + String.join(",", keys);
                } else {
                    UiTree.Node keep = ui.require("keep-order");
                    planned.add("[" + clickRpc(keep.id()) + "]");
                    record = "order\tkeep";
                }
            }
        }
        record = username + "\t" + position + "\t" + record;
    }

    public boolean hasPlanned() {
        return !planned.isEmpty();
    }

    public String nextPlanned() {
        return ui.request(planned.poll());
    }

    /** After a save: the page must count the answer; after the question's last save it is recorded. */
    public String afterSave(String body) throws Exception {
        String problem = ui.apply(body);
        if (problem != null) {
            return problem;
        }
        if (!planned.isEmpty()) {
            return "ok";
        }
        int counted = progress();
        if (counted != expectedAnswered) {
            return "the page counts " + counted + " answers, expected " + expectedAnswered;
        }
        answered = counted;
        write(record);
        return "ok";
    }

    public String afterUidl(String body, String mustShow) throws Exception {
        String problem = ui.apply(body);
        if (problem != null) {
            return problem;
        }
        if (mustShow != null && ui.byId(mustShow).isEmpty()) {
            return "the page does not show #" + mustShow;
        }
        return "ok";
    }

    int progress() {
        Matcher m = PROGRESS.matcher(ui.text(ui.require("exam-progress")));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The question on screen, from its header "第 N / 20 题 · ..." (older panels are detached). */
    int currentPosition() {
        return ui.lastTextMatching(HEADER).map(m -> Integer.parseInt(m.group(1))).orElse(-1);
    }

    public String confirmSubmit() {
        int dialog = ui.require("exam-confirm").id();
        return ui.request("[{\"type\":\"event\",\"node\":" + dialog + ",\"event\":\"confirm\"}," + sync(dialog, "opened", "false")
                + "," + event(dialog, "opened-changed", "{}") + "]");
    }

    public String dialogClosed() {
        int dialog = ui.require("exam-confirm").id();
        return ui.request("[{\"type\":\"event\",\"node\":" + dialog + ",\"event\":\"closed\"}]");
    }

    public boolean heartbeatDue(long intervalMillis) {
        return System.currentTimeMillis() - lastHeartbeat >= intervalMillis;
    }

    private static String sync(int node, String property, String jsonValue) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property + "\",\"value\":" + jsonValue + "}";
    }

    private static String event(int node, String name, String data) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + name + "\",\"data\":" + data + "}";
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
