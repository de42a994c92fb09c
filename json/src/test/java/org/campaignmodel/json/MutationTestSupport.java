package org.campaignmodel.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Random damage to a valid document: a property deleted, renamed, retyped or repeated, or bytes cut. */
public final class MutationTestSupport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MutationTestSupport() {}

    public static String damage(JsonNode tree, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(tree, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>(target.propertyNames());
        String text;
        if (names.isEmpty() || random.nextInt(6) == 0) {
            text = tree.toString();
            int cut = random.nextInt(text.length());
            return random.nextBoolean() ? text.substring(0, cut) : text.substring(0, cut) + text.substring(cut + 1);
        }
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(4)) {
            case 0 -> target.remove(name);
            case 1 -> {
                JsonNode value = target.remove(name);
                target.set(name.substring(0, name.length() - 1) + (char) ('a' + random.nextInt(26)), value);
            }
            case 2 -> target.set(name, retyped(target.get(name), random));
            default -> {
                // a repeated key cannot live in a tree: write it into the text
                text = tree.toString();
                String key = "\"" + name + "\":";
                int at = text.indexOf(key);
                return at < 0 ? text : text.substring(0, at) + key + "1," + text.substring(at);
            }
        }
        return tree.toString();
    }

    private static JsonNode retyped(JsonNode value, Random random) {
        List<JsonNode> others = List.of(
                NODES.stringNode("text"),
                NODES.numberNode(42),
                NODES.numberNode(-1.5),
                NODES.booleanNode(true),
                NODES.nullNode(),
                NODES.arrayNode().add("x"),
                NODES.objectNode().put("k", 1));
        JsonNode pick;
        do {
            pick = others.get(random.nextInt(others.size()));
        } while (pick.getNodeType() == value.getNodeType());
        return pick;
    }

    private static void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                collect(e.getValue(), into);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> collect(child, into));
        }
    }
}
