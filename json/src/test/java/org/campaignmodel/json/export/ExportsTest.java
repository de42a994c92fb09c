package org.campaignmodel.json.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Event;
import org.campaignmodel.EventStatus;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Image;
import org.campaignmodel.Organization;
import org.campaignmodel.Place;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.StoryKind;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.TimelineEventKind;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD, TimelineJS and JSON Feed: golden files, and the rules of each format. */
final class ExportsTest {
    private static final CampaignExports EXPORTS = CampaignExports.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    static String fixture(String path) throws IOException {
        try (InputStream in =
                Objects.requireNonNull(ExportsTest.class.getResourceAsStream("/" + path), "missing fixture " + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode golden(String name) throws IOException {
        return tree(fixture("exports/" + name));
    }

    private static StoryList stories() {
        return StoryList.builder()
                .title("More from the coalition")
                .stories(SeedCampaign.relatedStories())
                .build();
    }

    @Test
    void shouldWriteTheGoldenFiles() throws IOException {
        assertThat(tree(EXPORTS.schemaOrg(SeedCampaign.article()))).isEqualTo(golden("article.schemaorg.json"));
        assertThat(tree(EXPORTS.schemaOrg(SeedCampaign.ccwpAnniversary()))).isEqualTo(golden("event.schemaorg.json"));
        assertThat(tree(EXPORTS.schemaOrg(SeedCampaign.mailNight()))).isEqualTo(golden("mail-night.schemaorg.json"));
        assertThat(tree(EXPORTS.schemaOrg(
                        SeedCampaign.campaign().getStatistics().get(0))))
                .isEqualTo(golden("statistic.schemaorg.json"));
        assertThat(tree(EXPORTS.timelineJs(SeedCampaign.timeline()))).isEqualTo(golden("timeline.timelinejs.json"));
        assertThat(tree(EXPORTS.jsonFeed(stories()))).isEqualTo(golden("stories.jsonfeed.json"));
    }

    /** The properties of each type in schema.org 30.0, with inherited ones, from the checked-in list. */
    private static Map<String, Set<String>> schemaOrgProperties() throws IOException {
        Map<String, Set<String>> own = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (String line :
                fixture("exports/schemaorg-30.0-properties.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String head = line.substring(0, line.indexOf(':')).strip();
            List<String> type = List.of(head.split("<", -1));
            own.put(
                    type.get(0).strip(),
                    new HashSet<>(List.of(
                            line.substring(line.indexOf(':') + 1).strip().split("\\s+"))));
            if (type.size() > 1) {
                parents.put(type.get(0).strip(), type.get(1).strip());
            }
        }
        Map<String, Set<String>> all = new HashMap<>();
        for (String type : own.keySet()) {
            Set<String> properties = new HashSet<>();
            for (String t = type; t != null; t = parents.get(t)) {
                properties.addAll(own.get(t));
            }
            all.put(type, properties);
        }
        return all;
    }

    @Test
    void shouldWriteOnlyPropertiesTheTypesHaveInSchemaOrg30() throws IOException {
        Map<String, Set<String>> allowed = schemaOrgProperties();
        List<Object> values = new ArrayList<>(List.of(
                SeedCampaign.article(),
                SeedCampaign.ccwpAnniversary(),
                SeedCampaign.mailNight(),
                SeedCampaign.supportSb627().getLegislation().orElseThrow()));
        values.addAll(SeedCampaign.campaign().getStatistics());
        values.add(SeedCampaign.campaign().getDisparities().get(0).getShare());
        List<String> problems = new ArrayList<>();
        for (Object value : values) {
            check(tree(EXPORTS.schemaOrg(value)), allowed, problems);
        }
        assertThat(problems).isEmpty();
        assertThat(CampaignExports.SCHEMA_ORG_RELEASE).isEqualTo("30.0");
    }

    private static void check(JsonNode node, Map<String, Set<String>> allowed, List<String> problems) {
        if (node.isArray()) {
            node.forEach(child -> check(child, allowed, problems));
        }
        if (!node.isObject()) {
            return;
        }
        String type = node.path("@type").asString("");
        Set<String> properties = allowed.get(type);
        if (properties == null) {
            problems.add("type " + type + " is not in the list");
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            if (!name.startsWith("@") && (properties == null || !properties.contains(name))) {
                problems.add(type + " has no property " + name);
            }
            check(property.getValue(), allowed, problems);
        }
    }

    @Test
    void shouldWriteEventTimesWithTheOffsetOfTheirZoneAndEnumerationsAsUrls() {
        Event hybrid = Event.builder()
                .name("Board meeting")
                .start(LocalDateTime.of(2025, 3, 9, 3, 30)) // the first hour of daylight saving time
                .zone(ZoneId.of("America/Los_Angeles"))
                .attendanceMode(AttendanceMode.HYBRID)
                .venue(Place.builder()
                        .name("LAUSD headquarters")
                        .locality("Los Angeles")
                        .build())
                .onlineUrl("https://example.org/live")
                .status(EventStatus.MOVED_ONLINE)
                .previousStart(LocalDateTime.of(2025, 3, 1, 10, 0))
                .build();

        JsonNode node = tree(EXPORTS.schemaOrg(hybrid));

        assertThat(node.get("startDate").asString()).isEqualTo("2025-03-09T03:30:00-07:00");
        assertThat(node.get("previousStartDate").asString()).isEqualTo("2025-03-01T10:00:00-08:00");
        assertThat(node.get("eventAttendanceMode").asString()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(node.get("eventStatus").asString()).isEqualTo("https://schema.org/EventMovedOnline");
        assertThat(node.get("location")).hasSize(2);
        assertThat(node.get("location").get(1).get("@type").asString()).isEqualTo("VirtualLocation");
    }

    @Test
    void shouldRefuseTypesWithNoSchemaOrgForm() {
        assertThatThrownBy(() -> EXPORTS.schemaOrg(Organization.of("X")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("export an Article, Event, Quote, Statistic or LegislationReference");
    }

    @Test
    void shouldGiveTimelineJsOnlyTheDatePartsTheSourceKnows() {
        JsonNode events = tree(EXPORTS.timelineJs(SeedCampaign.timeline())).get("events");
        Map<String, JsonNode> byId = new HashMap<>();
        events.forEach(e -> byId.put(e.get("unique_id").asString(), e));

        assertThat(java.util.Objects.requireNonNull(byId.get("security-units-1948"))
                        .get("start_date")
                        .propertyNames())
                .containsOnly("year", "display_date");
        assertThat(java.util.Objects.requireNonNull(byId.get("safety-resolution-2023"))
                        .get("start_date")
                        .get("month")
                        .asInt())
                .isEqualTo(6);
        assertThat(java.util.Objects.requireNonNull(byId.get("safety-resolution-2023"))
                        .get("start_date")
                        .has("day"))
                .isFalse();
        assertThat(java.util.Objects.requireNonNull(byId.get("military-equipment-2014"))
                        .get("display_date")
                        .asString())
                .isEqualTo("By 2014");
        // "later" sits halfway between the 2014 entry before it and the 2019 one after it, showing its words
        JsonNode later =
                java.util.Objects.requireNonNull(byId.get("order-revoked")).get("start_date");
        assertThat(List.of(
                        later.get("year").asInt(),
                        later.get("month").asInt(),
                        later.get("day").asInt()))
                .containsExactly(2016, 7, 2);
        assertThat(later.get("display_date").asString()).isEqualTo("later");
        assertThat(java.util.Objects.requireNonNull(byId.get("order-revoked"))
                        .get("display_date")
                        .asString())
                .isEqualTo("later");
        assertThat(events.get(0).get("unique_id").asString()).isEqualTo("security-units-1948");
        assertThat(java.util.Objects.requireNonNull(byId.get("announcement-2023"))
                        .get("group")
                        .asString())
                .isEqualTo("announcement");
    }

    @Test
    void shouldEscapeTextSoThatTimelineJsShowsItAsText() {
        Timeline timeline = Timeline.of(List.of(TimelineEvent.builder()
                .date(FuzzyDate.parse("196X", "the 1960s"))
                .title("<script>alert('x')</script> & more")
                .description("Tom & \"Jerry\"")
                .kind(TimelineEventKind.POLICY)
                .image(Image.builder()
                        .url("https://example.org/a.png")
                        .credit("<b>Photo</b>")
                        .build())
                .build()));

        JsonNode slide = tree(EXPORTS.timelineJs(timeline)).get("events").get(0);

        assertThat(slide.get("text").get("headline").asString())
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more");
        assertThat(slide.get("text").get("text").asString()).isEqualTo("<p>Tom &amp; &quot;Jerry&quot;</p>");
        assertThat(slide.get("media").get("credit").asString()).isEqualTo("&lt;b&gt;Photo&lt;/b&gt;");
        assertThat(slide.get("start_date").get("year").asInt()).isEqualTo(1960);
        assertThat(slide.get("start_date").get("display_date").asString()).isEqualTo("the 1960s");
    }

    @Test
    void shouldKeepPartialDatesOutOfJsonFeedsTimestamps() {
        RelatedStory timed = RelatedStory.builder()
                .id("timed")
                .kind(StoryKind.ARTICLE)
                .summary("A story with a full timestamp.")
                .date(FuzzyDate.parse("2025-07-29T10:15:00-07:00"))
                .build();
        JsonNode feed = tree(EXPORTS.jsonFeed(
                StoryList.of(List.of(SeedCampaign.relatedStories().get(0), timed))));

        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        JsonNode dayOnly = feed.get("items").get(0);
        assertThat(dayOnly.has("date_published")).isFalse();
        assertThat(dayOnly.get("_campaignmodel").get("date").asString()).isEqualTo("2025-07-29");
        assertThat(dayOnly.get("_campaignmodel").get("image").get("credit").asString())
                .isEqualTo("Alabama Department of Corrections");
        assertThat(feed.get("items").get(1).get("date_published").asString()).isEqualTo("2025-07-29T10:15:00-07:00");
        feed.get("items").forEach(item -> {
            assertThat(item.get("id").asString()).isNotBlank();
            assertThat(item.has("content_text")).isTrue();
            item.propertyNames().forEach(name -> assertThat(name).doesNotContain("."));
        });
    }

    @Test
    void shouldCarryEventsAndBillsOfTheSeedStoriesInTheExtension() {
        JsonNode items = tree(EXPORTS.jsonFeed(stories())).get("items");

        assertThat(items).hasSize(10);
        assertThat(items.get(5).get("_campaignmodel").get("event").get("start").asString())
                .isEqualTo("2025-11-05T17:00:00-08:00");
        assertThat(items.get(6)
                        .get("_campaignmodel")
                        .get("legislation")
                        .get("identifier")
                        .asString())
                .isEqualTo("SB 627");
    }

    private static org.campaignmodel.CallToAction fullAction() {
        return org.campaignmodel.CallToAction.builder()
                .title("Call your senator about SB 627")
                .description("Ask for a yes vote.")
                .kind(org.campaignmodel.ActionKind.SUPPORT_BILL)
                .url("https://example.org/act")
                .deadline(FuzzyDate.parse("2025-09", "September 2025"))
                .legislation(org.campaignmodel.LegislationReference.builder()
                        .jurisdiction("US-CA")
                        .identifier("SB 627")
                        .title("No Secret Police Act")
                        .status(org.campaignmodel.LegislationStatus.IN_COMMITTEE)
                        .url("https://example.org/sb627")
                        .build())
                .build();
    }

    @Test
    void shouldCarryEveryPartOfACallToActionIntoTheFeed() {
        StoryList stories = StoryList.of(List.of(RelatedStory.builder()
                .id("act")
                .url("https://example.org/story")
                .kind(StoryKind.CALL_TO_ACTION)
                .callToAction(fullAction())
                .build()));

        JsonNode extension = tree(EXPORTS.jsonFeed(stories)).get("items").get(0).get("_campaignmodel");

        JsonNode action = extension.get("call_to_action");
        assertThat(action.get("title").asString()).isEqualTo("Call your senator about SB 627");
        assertThat(action.get("kind").asString()).isEqualTo("support_bill");
        assertThat(action.get("url").asString()).isEqualTo("https://example.org/act");
        assertThat(action.get("deadline").asString()).isEqualTo("2025-09");
        assertThat(action.get("deadline_display").asString()).isEqualTo("September 2025");
        JsonNode bill = extension.get("legislation");
        assertThat(bill.get("title").asString()).isEqualTo("No Secret Police Act");
        assertThat(bill.get("status").asString()).isEqualTo("in_committee");
        assertThat(bill.get("url").asString()).isEqualTo("https://example.org/sb627");
        assertThat(bill.get("identifier").asString()).isEqualTo("SB 627");
    }

    @Test
    void shouldOfferTheArticlesCallsToActionAsActions() {
        org.campaignmodel.Article article = org.campaignmodel.Article.builder()
                .from(SeedCampaign.article())
                .callsToAction(List.of(fullAction()))
                .build();

        JsonNode node = tree(EXPORTS.schemaOrg(article));

        JsonNode action = node.get("potentialAction").get(0);
        assertThat(action.get("@type").asString()).isEqualTo("Action");
        assertThat(action.get("target").asString()).isEqualTo("https://example.org/act");
        assertThat(action.get("object").get("creativeWorkStatus").asString()).isEqualTo("in_committee");
        assertThat(node.get("mentions").findValuesAsString("legislationIdentifier"))
                .contains("SB 627");
    }

    /** A rate, a bill with a history and a co-published report: what format 1.1 adds to schema.org. */
    @Test
    void shouldExportWhatFormat11AddsWithSchemaOrgsOwnProperties() throws IOException {
        org.campaignmodel.Statistic rate = org.campaignmodel.Statistic.builder()
                .measure("counselors")
                .value(org.campaignmodel.Quantity.builder()
                        .comparison(org.campaignmodel.Comparison.EXACTLY)
                        .value(java.math.BigDecimal.ONE)
                        .unit(org.campaignmodel.Unit.named("counselors"))
                        .per(org.campaignmodel.RateBasis.of(
                                new java.math.BigDecimal("250"), org.campaignmodel.Unit.named("students")))
                        .period("P1Y")
                        .build())
                .build();
        org.campaignmodel.LegislationReference bill = org.campaignmodel.LegislationReference.builder()
                .jurisdiction("US-CA")
                .identifier("SB 627")
                .addHistory(
                        org.campaignmodel.LegislativeAction.builder()
                                .date(org.campaignmodel.FuzzyDate.parse("2023-05-30"))
                                .action(org.campaignmodel.LegislativeActionKind.PASSED_CHAMBER)
                                .chamber("Senate")
                                .build(),
                        org.campaignmodel.LegislativeAction.builder()
                                .date(org.campaignmodel.FuzzyDate.parse("2023-09-12"))
                                .action(org.campaignmodel.LegislativeActionKind.PASSED_CHAMBER)
                                .chamber("Assembly")
                                .build(),
                        org.campaignmodel.LegislativeAction.of(
                                org.campaignmodel.FuzzyDate.parse("2023-10-07"),
                                org.campaignmodel.LegislativeActionKind.CHAPTERED))
                .build();

        JsonNode observation = tree(EXPORTS.schemaOrg(rate));
        JsonNode legislation = tree(EXPORTS.schemaOrg(bill));

        assertThat(observation.get("value").asInt()).isEqualTo(1);
        assertThat(observation.get("unitText").asString()).isEqualTo("counselors per 250 students");
        assertThat(observation.get("observationPeriod").asString()).isEqualTo("P1Y");
        assertThat(observation.get("description").asString())
                .isEqualTo("1 counselors per 250 students a year counselors");
        assertThat(legislation.get("creativeWorkStatus").asString()).isEqualTo("signed");
        assertThat(legislation.get("legislationDate").asString()).isEqualTo("2023-10-07");
        assertThat(legislation.get("legislationPassedBy").findValuesAsString("name"))
                .containsExactly("Senate", "Assembly");
        Map<String, Set<String>> allowed = schemaOrgProperties();
        List<String> problems = new ArrayList<>();
        check(observation, allowed, problems);
        check(legislation, allowed, problems);
        assertThat(problems).isEmpty();
    }
}
