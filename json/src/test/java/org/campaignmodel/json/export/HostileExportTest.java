package org.campaignmodel.json.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Event;
import org.campaignmodel.Quote;
import org.campaignmodel.Statistic;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.json.CampaignJsonException;
import org.campaignmodel.testing.SeedCampaign;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Hostile text in every free-text field an export writes: the output stays safe to paste into HTML
 * and still means the same text.
 */
final class HostileExportTest {
    private static final CampaignJson JSON = CampaignJson.create();
    private static final CampaignExports EXPORTS = CampaignExports.create();

    private static final List<String> HOSTILE = List.of(
            "Hi </script><script>alert(1)</script>",
            "<!-- hidden",
            "]]> end of CDATA",
            "</SCRIPT >",
            "line\u2028separator\u2029paragraph",
            "\"quoted\" and 'single'",
            "back\\slash \\u003c",
            "Tom & Jerry > <b>bold</b>");

    /** One export of one seed value: how to read the mutated document and what to write. */
    private record Case(
            String name,
            Object seed,
            Class<?> type,
            Function<Object, String> escaped,
            Function<Object, JsonNode> plain) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Case> cases() {
        return List.of(
                new Case("article", SeedCampaign.article(), Article.class, EXPORTS::schemaOrg, Exports::schemaOrg),
                new Case("event", SeedCampaign.ccwpAnniversary(), Event.class, EXPORTS::schemaOrg, Exports::schemaOrg),
                new Case("online event", SeedCampaign.mailNight(), Event.class, EXPORTS::schemaOrg, Exports::schemaOrg),
                new Case(
                        "statistic",
                        SeedCampaign.arrestShare(),
                        Statistic.class,
                        EXPORTS::schemaOrg,
                        Exports::schemaOrg),
                new Case("quote", firstQuote(), Quote.class, EXPORTS::schemaOrg, Exports::schemaOrg),
                new Case(
                        "timeline",
                        SeedCampaign.timeline(),
                        Timeline.class,
                        v -> EXPORTS.timelineJs((Timeline) v),
                        v -> Exports.timelineJs((Timeline) v)),
                new Case(
                        "stories",
                        StoryList.of(SeedCampaign.relatedStories()),
                        StoryList.class,
                        v -> EXPORTS.jsonFeed((StoryList) v),
                        v -> Exports.jsonFeed((StoryList) v)));
    }

    private static Quote firstQuote() {
        return SeedCampaign.article().getBody().stream()
                .filter(Quote.class::isInstance)
                .map(Quote.class::cast)
                .findFirst()
                .orElseThrow();
    }

    static Stream<Arguments> seededCases() {
        return Seeds.of(4).flatMap(seed -> cases().stream().map(c -> Arguments.of(seed.get()[0], c)));
    }

    @ParameterizedTest(name = "seed {0}: {1}")
    @MethodSource("seededCases")
    void shouldStaySafeToEmbedAndMeanTheSameText(long seed, Case c) {
        Random random = new Random(seed);
        JsonNode document = JSON.mapper().valueToTree(c.seed());
        int planted = plant(document, document, c.type(), random);
        Object hostile = JSON.read(JSON.mapper().writeValueAsString(document), c.type());
        assertThat(planted).as("free-text fields that took hostile text").isGreaterThan(0);

        String out = c.escaped().apply(hostile);

        assertThat(out).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        JsonNode plain = c.plain().apply(hostile);
        // the same data as the tree written without the escapes, both read back from text
        assertThat(ExportsTest.tree(out)).isEqualTo(ExportsTest.tree(plain.toString()));
        if (c.type() == Timeline.class) {
            htmlFields(
                    plain,
                    "",
                    (where, text) -> assertThat(text.replaceAll("^<p>|</p>$", ""))
                            .as(where)
                            .doesNotContain("<", ">"));
        }
        assertThat(planted(plain)).as("hostile text reached the export").isTrue();
    }

    /**
     * Puts a hostile string into each string of the document that the reader still accepts with it:
     * the free-text fields (ids, codes, dates and URLs refuse it and keep their value).
     */
    private static int plant(JsonNode root, JsonNode node, Class<?> type, Random random) {
        int planted = 0;
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : new ArrayList<>(object.properties())) {
                if (property.getValue() instanceof StringNode text) {
                    object.put(property.getKey(), HOSTILE.get(random.nextInt(HOSTILE.size())));
                    if (reads(root, type)) {
                        planted++;
                    } else {
                        object.set(property.getKey(), text);
                    }
                } else {
                    planted += plant(root, property.getValue(), type, random);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof StringNode text) {
                    array.set(i, HOSTILE.get(random.nextInt(HOSTILE.size())));
                    if (reads(root, type)) {
                        planted++;
                    } else {
                        array.set(i, text);
                    }
                } else {
                    planted += plant(root, array.get(i), type, random);
                }
            }
        }
        return planted;
    }

    private static boolean reads(JsonNode document, Class<?> type) {
        try {
            JSON.read(JSON.mapper().writeValueAsString(document), type);
            return true;
        } catch (CampaignJsonException e) {
            return false;
        }
    }

    private static boolean planted(JsonNode node) {
        if (node.isString()) {
            String text = node.asString();
            return HOSTILE.stream().anyMatch(h -> text.contains(h) || text.contains(html(h)));
        }
        for (JsonNode child : node) {
            if (planted(child)) {
                return true;
            }
        }
        return false;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The TimelineJS fields its viewer shows as HTML. */
    private static final List<String> HTML_FIELDS =
            List.of("headline", "text", "caption", "credit", "display_date", "group");

    private interface FieldCheck {
        void check(String where, String text);
    }

    private static void htmlFields(JsonNode node, String where, FieldCheck check) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                String at = where + "/" + property.getKey();
                if (property.getValue().isString() && HTML_FIELDS.contains(property.getKey())) {
                    check.check(at, property.getValue().asString());
                } else {
                    htmlFields(property.getValue(), at, check);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                htmlFields(array.get(i), where + "/" + i, check);
            }
        }
    }

    @Test
    void shouldNotLetAHostileHeadlineCloseTheScriptElement() throws IOException {
        Article article = JSON.read(ExportsTest.fixture("exports/hostile/article.json"), Article.class);

        String jsonLd = EXPORTS.schemaOrg(article);

        assertThat(article.getHeadline()).contains("</script>");
        assertThat(jsonLd)
                .doesNotContainIgnoringCase("</script")
                .contains("Hi \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
        assertThat(ExportsTest.tree(jsonLd).get("headline").asString()).isEqualTo(article.getHeadline());
    }

    @Test
    void shouldEscapeATimelinePhraseThatHoldsMarkup() {
        Timeline timeline = Timeline.of(List.of(org.campaignmodel.TimelineEvent.builder()
                .date(org.campaignmodel.FuzzyDate.parse("1948", "<b>1948</b></script>"))
                .title("Units sent in")
                .build()));

        JsonNode slide =
                ExportsTest.tree(EXPORTS.timelineJs(timeline)).get("events").get(0);

        assertThat(slide.get("display_date").asString()).isEqualTo("&lt;b&gt;1948&lt;/b&gt;&lt;/script&gt;");
    }
}
