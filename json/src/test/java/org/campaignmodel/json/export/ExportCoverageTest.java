package org.campaignmodel.json.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.campaignmodel.Code;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.StoryList;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.internal.meta.ModelTypes.ModelType;
import org.campaignmodel.internal.meta.ModelTypes.Property;
import org.campaignmodel.testing.SeedCampaign;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing the model holds is dropped where an export has a place for it: every value of the seed
 * (and of its richest parts) is walked property by property, and each must show up in the export,
 * or its property must be named below with the reason the format has no place for it.
 */
final class ExportCoverageTest {
    private static final CampaignExports EXPORTS = CampaignExports.create();
    private static final ModelTypes TYPES = ModelTypes.discover();

    /**
     * For each export, what it has no place for and why: a property ({@code Type.property}) or a
     * part of the document (a path such as {@code /relatedStories}).
     */
    static final Map<String, Map<String, String>> NO_PLACE = Map.of(
            "schema.org article",
            Map.ofEntries(
                    Map.entry(
                            "/relatedStories",
                            "teasers for other pages, which describe themselves in their own markup"),
                    Map.entry(
                            "StatisticReference.statisticId",
                            "a reference into the campaign, which the article's JSON-LD does not carry"),
                    Map.entry("CallToAction.id", "an id of the library's own; an Action node has none the page chose"),
                    Map.entry("CallToAction.kind", "said by the Action's @type"),
                    Map.entry("Citation.kind", "said by the work's @type (Report, Interview, ...)"),
                    Map.entry("Citation.id", "an id of the library's own; a cited work is named by its title and URL"),
                    Map.entry(
                            "Organization.id",
                            "an id of the library's own; an organization is named by its name and URL")),
            "schema.org event",
            Map.ofEntries(
                    Map.entry(
                            "Event.attendanceMode",
                            "written as the eventAttendanceMode URL (OfflineEventAttendanceMode)"),
                    Map.entry("Event.status", "written as the eventStatus URL (EventScheduled)"),
                    Map.entry("Event.zone", "carried in the UTC offsets of startDate and endDate")),
            "JSON Feed",
            Map.of(),
            "TimelineJS",
            Map.ofEntries(
                    Map.entry(
                            "/events/actors",
                            "a slide has a headline, text, media and a group: no place for who took part"),
                    Map.entry(
                            "/events/amounts",
                            "a slide has no place for amounts; the description carries what the source says"),
                    Map.entry(
                            "/events/statistics",
                            "a slide has no place for figures; the description carries what the source says"),
                    Map.entry("/events/citations", "a slide has no place for sources")));

    static Stream<Arguments> exports() {
        StoryList stories = StoryList.builder()
                .title("More from the coalition")
                .stories(SeedCampaign.relatedStories())
                .build();
        return Stream.of(
                Arguments.of("schema.org article", SeedCampaign.article(), (Function<Object, String>)
                        v -> EXPORTS.schemaOrg(v)),
                Arguments.of("schema.org event", SeedCampaign.ccwpAnniversary(), (Function<Object, String>)
                        v -> EXPORTS.schemaOrg(v)),
                Arguments.of("JSON Feed", stories, (Function<Object, String>) v -> EXPORTS.jsonFeed((StoryList) v)),
                Arguments.of("TimelineJS", SeedCampaign.timeline(), (Function<Object, String>)
                        v -> EXPORTS.timelineJs((org.campaignmodel.Timeline) v)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void shouldCarryEveryValueOrSayWhyItHasNoPlace(String export, Object value, Function<Object, String> write) {
        String text = texts(write.apply(value));
        List<Leaf> leaves = new ArrayList<>();
        walk(value, "", leaves);
        Map<String, String> excused = NO_PLACE.getOrDefault(export, Map.of());

        Map<String, String> dropped = new TreeMap<>();
        for (Leaf leaf : leaves) {
            boolean excusedHere = excused.containsKey(leaf.property)
                    || excused.keySet().stream().anyMatch(k -> k.startsWith("/") && leaf.path.startsWith(k));
            if (!text.contains(leaf.text) && !excusedHere) {
                dropped.put(leaf.path, leaf.property + " = " + leaf.text);
            }
        }

        assertThat(leaves).hasSizeGreaterThan(10);
        assertThat(dropped).as("values of the model that %s drops", export).isEmpty();
        // every excuse is needed: one that nothing uses any more goes
        for (String excuse : excused.keySet()) {
            assertThat(leaves)
                    .as("the excuse %s of %s", excuse, export)
                    .anyMatch(l -> (excuse.startsWith("/") ? l.path.startsWith(excuse) : l.property.equals(excuse))
                            && !text.contains(l.text));
        }
    }

    /** One value of the model: where it is, whose property it is, and its text. */
    private record Leaf(String path, String property, String text) {}

    private static void walk(Object value, String path, List<Leaf> leaves) {
        ModelType model = modelOf(value.getClass());
        if (model == null) {
            return;
        }
        for (Property property : model.properties) {
            Object got;
            try {
                got = property.method.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            String name = model.name + "." + property.name;
            for (Object item : items(got)) {
                String at = path + "/" + property.name;
                if (modelOf(item.getClass()) != null) {
                    walk(item, at, leaves);
                } else {
                    String text = text(item);
                    if (text != null && !text.isBlank()) {
                        leaves.add(new Leaf(at, name, text));
                    }
                }
            }
        }
    }

    private static List<?> items(Object got) {
        if (got instanceof Optional<?> optional) {
            return optional.stream().toList();
        }
        if (got instanceof List<?> list) {
            return list;
        }
        if (got instanceof Map<?, ?>) {
            return List.of(); // extensions: data of other projects, which no export knows
        }
        return got == null ? List.of() : List.of(got);
    }

    private static @Nullable ModelType modelOf(Class<?> type) {
        for (Map.Entry<Class<?>, ModelType> e : TYPES.models.entrySet()) {
            if (e.getKey().isAssignableFrom(type)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static @Nullable String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Integer || value instanceof Boolean) {
            return null; // numbers and flags are too short to find by their text
        }
        if (value instanceof Code code) {
            return code.getValue();
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT);
        }
        if (value instanceof FuzzyDate date) {
            return date.getPhrase().orElseGet(() -> date.getEdtf().orElse(null));
        }
        if (value instanceof LocalDateTime time) {
            return time.toString();
        }
        if (value instanceof ZoneId zone) {
            return zone.getId();
        }
        return value.toString();
    }

    /** Every text in a JSON export, HTML entities read back, one per line. */
    private static String texts(String json) {
        StringBuilder out = new StringBuilder();
        collect(JsonMapper.builder().build().readTree(json), out);
        return out.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isObject() || node.isArray()) {
            node.forEach(child -> collect(child, out));
        } else {
            out.append(node.asString()).append('\n');
        }
    }
}
