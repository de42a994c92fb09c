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
import org.campaignmodel.Article;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Block;
import org.campaignmodel.CallToAction;
import org.campaignmodel.Citation;
import org.campaignmodel.CitationKind;
import org.campaignmodel.Code;
import org.campaignmodel.DecisionMaker;
import org.campaignmodel.Event;
import org.campaignmodel.EventStatus;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Image;
import org.campaignmodel.LanguageVersion;
import org.campaignmodel.LegislationReference;
import org.campaignmodel.LegislationStatus;
import org.campaignmodel.LegislativeAction;
import org.campaignmodel.LegislativeActionKind;
import org.campaignmodel.Organization;
import org.campaignmodel.Person;
import org.campaignmodel.Place;
import org.campaignmodel.Quote;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.StoryKind;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.Vote;
import org.campaignmodel.VoteResult;
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
                    Map.entry(
                            "CallToAction.deadline",
                            "schema.org's Action has no deadline; endTime would say when it ended"),
                    Map.entry("DecisionMaker.id", "an id of the library's own"),
                    Map.entry("/callsToAction/targets", "schema.org's Action has no place for whom it addresses"),
                    Map.entry(
                            "/callsToAction/legislation/history",
                            "schema.org's Legislation has no history of steps; legislationPassedBy and"
                                    + " legislationDate carry the chambers that passed it and the day it became law"),
                    Map.entry("LegislationReference.session", "schema.org's Legislation has no legislative session"),
                    Map.entry("Person.id", "an id of the library's own; a person is named by name"),
                    Map.entry(
                            "/body/url", "the body's images are the page's own; the JSON-LD's image is the lead image"),
                    Map.entry(
                            "/body/alt", "the body's images are the page's own; the JSON-LD's image is the lead image"),
                    Map.entry(
                            "/body/caption",
                            "the body's images are the page's own; the JSON-LD's image is the lead image"),
                    Map.entry(
                            "/body/credit",
                            "the body's images are the page's own; the JSON-LD's image is the lead image"),
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
                    Map.entry("Event.zone", "carried in the UTC offsets of startDate and endDate"),
                    Map.entry("Person.id", "an id of the library's own; a person is named by name")),
            "JSON Feed",
            Map.ofEntries(
                    Map.entry(
                            "Person.id", "an id of the library's own; JSON Feed's authors have a name, URL and avatar"),
                    Map.entry(
                            "Person.aliases",
                            "JSON Feed's authors have a name, URL and avatar; the extension names people by name"),
                    Map.entry(
                            "Organization.id", "an id of the library's own; the extension names organizations by name"),
                    Map.entry("Organization.aliases", "the extension names organizations by name"),
                    Map.entry(
                            "Organization.url",
                            "the extension names organizations by name; their pages are theirs to describe"),
                    Map.entry("DecisionMaker.id", "an id of the library's own")),
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
                    Map.entry("/events/citations", "a slide has no place for sources"),
                    Map.entry("Image.license", "a TimelineJS media object has a caption and credit, no license")));

    // A fixture that fills every optional field the seed leaves empty (extensions aside, which
    // belong to other projects), so that the walk meets every property of every exported type.

    private static Image fullImage(String what) {
        return Image.builder()
                .url("https://example.org/images/" + what + ".jpg")
                .alt("Alt text of " + what)
                .caption("Caption of " + what)
                .credit("Credit of " + what)
                .license("https://creativecommons.org/licenses/by/4.0/")
                .build();
    }

    private static Person fullPerson() {
        return Person.builder()
                .id("ana-reyes")
                .name("Ana Reyes")
                .honorific("Ms.")
                .role("organizer")
                .addAliases("Ana R.")
                .build();
    }

    private static Organization fullOrganization() {
        return Organization.builder()
                .id("students-deserve")
                .name("Students Deserve")
                .url("https://example.org/students-deserve")
                .addAliases("SD")
                .build();
    }

    private static Event fullEvent() {
        return Event.builder()
                .from(SeedCampaign.ccwpAnniversary())
                .description("An evening of talks and music.")
                .attendanceMode(AttendanceMode.HYBRID)
                .venue(Place.builder()
                        .name("Oakland Community Hall")
                        .streetAddress("100 Grand Avenue")
                        .locality("Oakland")
                        .region("CA")
                        .country("US")
                        .build())
                .onlineUrl("https://example.org/live")
                .registrationUrl("https://example.org/register")
                .status(EventStatus.RESCHEDULED)
                .previousStart(LocalDateTime.of(2025, 10, 29, 17, 0))
                .addOrganizers(fullOrganization())
                .addSpeakers(fullPerson())
                .build();
    }

    private static CallToAction fullCallToAction() {
        return CallToAction.builder()
                .from(SeedCampaign.supportSb627())
                .url("https://example.org/act")
                .deadline(FuzzyDate.parse("2025-08-31", "by the end of August"))
                .legislation(LegislationReference.builder()
                        .jurisdiction("US-CA")
                        .identifier("SB 627")
                        .title("No Secret Police Act")
                        .status(LegislationStatus.SIGNED)
                        .url("https://example.org/sb-627")
                        .session("2023-2024 Regular Session")
                        .addHistory(
                                LegislativeAction.builder()
                                        .date(FuzzyDate.parse("2023-02-15"))
                                        .action(LegislativeActionKind.INTRODUCED)
                                        .chamber("Senate")
                                        .description("Introduced and read the first time.")
                                        .build(),
                                LegislativeAction.builder()
                                        .date(FuzzyDate.parse("2023-05-30"))
                                        .action(LegislativeActionKind.PASSED_CHAMBER)
                                        .chamber("Senate")
                                        .vote(Vote.builder()
                                                .body(Organization.builder()
                                                        .name("California State Senate")
                                                        .build())
                                                .result(VoteResult.PASSED)
                                                .inFavor(30)
                                                .against(9)
                                                .abstaining(1)
                                                .absent(0)
                                                .unanimous(false)
                                                .phrase("passed 30 to 9")
                                                .build())
                                        .build(),
                                LegislativeAction.builder()
                                        .date(FuzzyDate.parse("2023-09-12"))
                                        .action(LegislativeActionKind.PASSED_CHAMBER)
                                        .chamber("Assembly")
                                        .build(),
                                LegislativeAction.of(FuzzyDate.parse("2023-10-07"), LegislativeActionKind.CHAPTERED))
                        .build())
                .addTargets(DecisionMaker.builder()
                        .id("governor")
                        .person(fullPerson())
                        .seat("Governor of California")
                        .organization(fullOrganization())
                        .build())
                .build();
    }

    private static RelatedStory fullStory() {
        return RelatedStory.builder()
                .id("full-story")
                .kind(StoryKind.EVENT)
                .headline("A headline for the full story")
                .url("https://example.org/stories/full")
                .summary("A summary of the full story.")
                .date(FuzzyDate.parse("2025-07-29", "July 29, 2025"))
                .image(fullImage("story"))
                .addBylines(fullPerson())
                .event(fullEvent())
                .callToAction(fullCallToAction())
                .addCampaignIds("police-free-lausd")
                .build();
    }

    private static Article fullArticle() {
        Article seed = SeedCampaign.article();
        List<Block> body = new ArrayList<>(seed.getBody());
        body.add(Quote.builder()
                .text("Safety means counselors.")
                .speaker(fullPerson())
                .outlet(fullOrganization())
                .date(FuzzyDate.parse("2023-11", "November 2023"))
                .source(Citation.builder()
                        .id("interview-ana")
                        .title("Interview with Ana Reyes")
                        .kind(CitationKind.INTERVIEW)
                        .publisher(fullOrganization())
                        .url("https://example.org/interview")
                        .date(FuzzyDate.parse("2023-11-02"))
                        .build())
                .build());
        body.add(fullImage("body"));
        return Article.builder()
                .from(seed)
                .body(body)
                .leadImage(fullImage("lead"))
                .section("Campaigns")
                .updated(FuzzyDate.parse("2023-12-08"))
                .addCitations(Citation.builder()
                        .title("A cited page")
                        .kind(CitationKind.NEWS)
                        .url("https://example.org/cited")
                        .build())
                .addCitations(Citation.builder()
                        .title("A co-published report")
                        .kind(CitationKind.REPORT)
                        .publisher(fullOrganization())
                        .addCopublishers(Organization.builder()
                                .name("Example Policy Institute")
                                .url("https://example.org/institute")
                                .build())
                        .addAuthors(
                                fullPerson(),
                                Organization.builder()
                                        .name("Example Research Collective")
                                        .build())
                        .build())
                .addLanguageVersions(
                        LanguageVersion.builder()
                                .language("es")
                                .id("seed-article-es")
                                .url("https://example.org/es/seed")
                                .build(),
                        LanguageVersion.at("ko", "https://example.org/ko/seed"))
                .addCallsToAction(fullCallToAction())
                .addRelatedStories(fullStory())
                .build();
    }

    private static Timeline fullTimeline() {
        Timeline seed = SeedCampaign.timeline();
        return Timeline.builder()
                .from(seed)
                .addEvents(TimelineEvent.builder()
                        .id("full-entry")
                        .date(FuzzyDate.parse("2024-03", "March 2024"))
                        .title("A full timeline entry")
                        .description("What happened, in full.")
                        .image(fullImage("entry"))
                        .build())
                .build();
    }

    static Stream<Arguments> exports() {
        StoryList stories = StoryList.builder()
                .title("More from the coalition")
                .url("https://example.org/stories")
                .stories(SeedCampaign.relatedStories())
                .addStories(fullStory())
                .build();
        return Stream.of(
                Arguments.of("schema.org article (every optional field)", fullArticle(), (Function<Object, String>)
                        v -> EXPORTS.schemaOrg(v)),
                Arguments.of("schema.org event (every optional field)", fullEvent(), (Function<Object, String>)
                        v -> EXPORTS.schemaOrg(v)),
                Arguments.of("TimelineJS (every optional field)", fullTimeline(), (Function<Object, String>)
                        v -> EXPORTS.timelineJs((org.campaignmodel.Timeline) v)),
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
        Walk walk = walk(export, value, write);

        assertThat(walk.leaves).hasSizeGreaterThan(10);
        assertThat(walk.dropped).as("values of the model that %s drops", export).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldNeedEveryExcuseItMakes() {
        Map<String, java.util.Set<String>> used = new TreeMap<>();
        exports().forEach(arguments -> {
            Object[] a = arguments.get();
            @SuppressWarnings("unchecked")
            Function<Object, String> write = (Function<Object, String>) a[2];
            String export = (String) a[0];
            used.computeIfAbsent(base(export), k -> new java.util.TreeSet<>())
                    .addAll(walk(export, a[1], write).excusesUsed);
        });
        NO_PLACE.forEach((export, excuses) -> assertThat(used.getOrDefault(export, java.util.Set.of()))
                .as("excuses of %s that nothing needs any more", export)
                .containsAll(excuses.keySet()));
    }

    private static String base(String export) {
        return export.replace(" (every optional field)", "");
    }

    /** What one export made of one value: every value walked, those dropped, and the excuses used. */
    private record Walk(List<Leaf> leaves, Map<String, String> dropped, java.util.Set<String> excusesUsed) {}

    private static Walk walk(String export, Object value, Function<Object, String> write) {
        String text = texts(write.apply(value));
        List<Leaf> leaves = new ArrayList<>();
        walk(value, "", leaves);
        Map<String, String> excused = NO_PLACE.getOrDefault(base(export), Map.of());
        Map<String, String> dropped = new TreeMap<>();
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (Leaf leaf : leaves) {
            if (leaf.in(text)) {
                continue;
            }
            List<String> excuses = excused.keySet().stream()
                    .filter(k -> k.startsWith("/") ? leaf.path.startsWith(k) : leaf.property.equals(k))
                    .toList();
            if (excuses.isEmpty()) {
                dropped.put(leaf.path, leaf.property + " = " + leaf.text);
            }
            used.addAll(excuses);
        }
        return new Walk(leaves, dropped, used);
    }

    /** One value of the model: where it is, whose property it is, and its text. */
    private record Leaf(String path, String property, String text) {
        /** Whether the export carries the value: a fuzzy date by its words or by its EDTF. */
        boolean in(String exported) {
            for (String alternative : text.split("\u0000", -1)) {
                if (exported.contains(alternative)) {
                    return true;
                }
            }
            return false;
        }
    }

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
            return Stream.concat(date.getPhrase().stream(), date.getEdtf().stream())
                    .collect(java.util.stream.Collectors.joining("\u0000"));
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
