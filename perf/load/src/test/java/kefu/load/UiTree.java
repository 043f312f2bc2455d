package kefu.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The client's copy of one Vaadin UI, rebuilt from the UIDL "changes" the server sends, the way
 * Flow's client keeps its state tree: nodes are attached and detached, and their features (0 the
 * element data with the tag, 1 properties, 2 children, 3 attributes, 4 DOM listeners, 7 text) are
 * put and spliced. The load test finds the nodes it must talk to here, by their element id or tag,
 * instead of replaying node numbers from a recording.
 *
 * <p>Besides the tree it keeps the protocol's counters: the server's {@code syncId}, the client's
 * {@code clientId} (the next one the server expects) and the CSRF token of the UI.
 */
public final class UiTree {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        public String property(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asText();
        }

        public Map<String, String> listeners() {
            return listeners;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final List<Integer> attachedLast = new ArrayList<>();
    int uiId;
    String csrfToken;
    int syncId = -1;
    int clientId;

    /** Reads the JSON of {@code ?v-r=init}: the UI id, the CSRF token and the first UIDL. */
    public void init(String body) throws Exception {
        JsonNode config = JSON.readTree(body).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        apply(uidl);
    }

    /** Applies one UIDL response; returns null, or what was wrong with it. */
    public String apply(String body) throws Exception {
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        JsonNode uidl = JSON.readTree(json);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        return apply(uidl);
    }

    private String apply(JsonNode uidl) {
        JsonNode meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired") || meta.path("async").asBoolean(false) && meta.has("repaintAll")) {
            return "server reported " + meta;
        }
        if (!uidl.has("syncId")) {
            return "no syncId in the response";
        }
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.get("Vaadin-Security-Key").asText();
        }
        syncId = uidl.get("syncId").asInt();
        clientId = uidl.path("clientId").asInt(clientId);
        attachedLast.clear();
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        return null;
    }

    private void applyChange(JsonNode c) {
        int id = c.path("node").asInt();
        String type = c.path("type").asText();
        switch (type) {
            case "attach" -> {
                nodes.put(id, new Node(id));
                attachedLast.add(id);
            }
            case "detach" -> nodes.remove(id);
            case "put" -> {
                Node n = nodes.computeIfAbsent(id, Node::new);
                String key = c.path("key").asText();
                JsonNode value = c.path("value");
                switch (c.path("feat").asInt()) {
                    case 0 -> {
                        if ("tag".equals(key)) {
                            n.tag = value.asText();
                        }
                    }
                    case 1 -> n.properties.put(key, value);
                    case 3 -> n.attributes.put(key, value.asText());
                    case 4 -> n.listeners.put(key, value.asText());
                    case 7 -> n.text = value.asText();
                    default -> { }
                }
            }
            case "clear" -> {
                Node n = nodes.get(id);
                if (n != null && c.path("feat").asInt() == 2) {
                    n.children.clear();
                }
            }
            case "splice" -> {
                Node n = nodes.computeIfAbsent(id, Node::new);
                if (c.path("feat").asInt() != 2) {
                    return;
                }
                int index = c.path("index").asInt();
                int remove = c.path("remove").asInt(0);
                for (int i = 0; i < remove && index < n.children.size(); i++) {
                    n.children.remove(index);
                }
                List<Integer> add = new ArrayList<>();
                c.path("addNodes").forEach(a -> add.add(a.asInt()));
                n.children.addAll(Math.min(index, n.children.size()), add);
            }
            default -> { }
        }
    }

    public Optional<Node> byId(String elementId) {
        return nodes.values().stream().filter(n -> elementId.equals(n.attributes.get("id")))
                .max((a, b) -> Integer.compare(a.id, b.id));
    }

    public Node require(String elementId) {
        return byId(elementId).orElseThrow(() -> new IllegalStateException("no element with id " + elementId + " in the UI"));
    }

    /** The node's descendants in document order that match. */
    public List<Node> descendants(Node root, Predicate<Node> filter) {
        List<Node> found = new ArrayList<>();
        collect(root, filter, found);
        return found;
    }

    private void collect(Node n, Predicate<Node> filter, List<Node> found) {
        for (int child : n.children) {
            Node c = nodes.get(child);
            if (c == null) {
                continue;
            }
            if (filter.test(c)) {
                found.add(c);
            }
            collect(c, filter, found);
        }
    }

    /** All text under a node, as a browser would show it. */
    public String text(Node root) {
        StringBuilder sb = new StringBuilder();
        if (root.text != null) {
            sb.append(root.text);
        }
        for (int child : root.children) {
            Node c = nodes.get(child);
            if (c != null) {
                sb.append(text(c));
            }
        }
        return sb.toString();
    }

    /** Nodes attached by the last response (what the browser renders and then reports back). */
    public List<Node> attachedByLastResponse() {
        return attachedLast.stream().map(nodes::get).filter(java.util.Objects::nonNull).toList();
    }

    /** The text node with the highest id whose text matches, as a match. */
    public Optional<java.util.regex.Matcher> lastTextMatching(java.util.regex.Pattern pattern) {
        return nodes.values().stream().filter(n -> n.text != null && pattern.matcher(n.text).find())
                .max((a, b) -> Integer.compare(a.id, b.id)).map(n -> {
                    java.util.regex.Matcher m = pattern.matcher(n.text);
                    m.find();
                    return m;
                });
    }

    public int size() {
        return nodes.size();
    }

    /** One UIDL request: the token, the RPC calls and the counters. */
    public String request(String rpcArray) {
        return "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":" + rpcArray + ",\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
    }

    public int uiId() {
        return uiId;
    }
}
