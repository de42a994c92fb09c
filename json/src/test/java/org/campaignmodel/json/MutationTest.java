package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random damage to valid documents (properties deleted, renamed, retyped or repeated, bytes cut) either
 * still reads to a value or fails with {@link CampaignJsonException}: never any other exception.
 */
final class MutationTest {
    private static final CampaignJson JSON = CampaignJson.create();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Stream<Arguments> seeds() {
        return Seeds.of(10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldReadOrRefuseWithItsOwnExceptionOnly(long seed) {
        Random random = new Random(seed);
        RandomModels models = new RandomModels(seed);
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            Class<?> type = random.nextBoolean() ? Campaign.class : Article.class;
            JsonNode tree = JSON.mapper().readTree(JSON.write(models.any(type)));
            String damaged = damage(tree, random);
            try {
                JSON.read(damaged, type);
            } catch (CampaignJsonException expected) {
                refused++;
                assertThat(expected.getMessage()).as("seed %d", seed).isNotBlank();
            } catch (RuntimeException other) {
                throw new AssertionError("seed " + seed + ": " + other + " for\n" + damaged, other);
            }
        }
        assertThat(refused).as("most damage is noticed").isGreaterThan(30);
    }

    private static String damage(JsonNode tree, Random random) {
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

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldNeverThrowAnythingElseForRandomBytes(long seed) {
        Random random = new Random(seed);
        String alphabet = "{}[]:,\"\\ 0123456789.eE+-truefalsnl\u00e9\u0000schemaVersion1.0id";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(60); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String input = b.toString();
            assertThatCode(() -> {
                        try {
                            JSON.read(input, Campaign.class);
                        } catch (CampaignJsonException expected) {
                            // the one allowed failure
                        }
                    })
                    .as("seed %d: %s", seed, input)
                    .doesNotThrowAnyException();
        }
    }
}
