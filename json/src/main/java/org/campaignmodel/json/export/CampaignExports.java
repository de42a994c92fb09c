package org.campaignmodel.json.export;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.campaignmodel.Article;
import org.campaignmodel.Event;
import org.campaignmodel.LegislationReference;
import org.campaignmodel.Quote;
import org.campaignmodel.RelatedStory;
import org.campaignmodel.Statistic;
import org.campaignmodel.StoryList;
import org.campaignmodel.Timeline;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the model in the formats sites publish: schema.org JSON-LD (release {@value
 * #SCHEMA_ORG_RELEASE}), TimelineJS 3 and JSON Feed 1.1. Only facts the model holds are written;
 * nothing is made up to fill a field (a day is never given a midnight, a year never a January).
 *
 * <p>Every export is safe to paste into an HTML page as it is, inside a {@code <script>} element or
 * not: within JSON strings {@code <}, {@code >} and {@code &} are written as <code>&#92;u003c</code>,
 * <code>&#92;u003e</code> and <code>&#92;u0026</code>, and U+2028 and U+2029 as escapes, so that no
 * text of a document can end the element it sits in. A JSON parser reads back exactly the original
 * text. TimelineJS also shows its text fields as HTML, so those are HTML-escaped as well.
 *
 * <pre>{@code
 * CampaignExports exports = CampaignExports.create();
 * String jsonLd = exports.schemaOrg(article); // for <script type="application/ld+json">
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; keep one.
 */
public final class CampaignExports {
    /** The schema.org release the JSON-LD mapping is written against. */
    public static final String SCHEMA_ORG_RELEASE = Exports.SCHEMA_ORG;

    private final JsonMapper mapper;
    private final Clock clock;

    private CampaignExports(Clock clock) {
        this.clock = clock;
        this.mapper = JsonMapper.builder(JsonFactory.builder()
                        .characterEscapes(new HtmlSafeEscapes())
                        .build())
                .build();
    }

    /**
     * Returns an exporter.
     *
     * @return the exporter
     */
    public static CampaignExports create() {
        return new CampaignExports(Clock.systemUTC());
    }

    /**
     * Returns an exporter that stamps iCalendar files ({@code DTSTAMP}) with the time of the given
     * clock, so that an export can be reproduced byte for byte.
     *
     * @param clock the clock
     * @return the exporter
     */
    public static CampaignExports create(Clock clock) {
        return new CampaignExports(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Writes a value as schema.org JSON-LD for a page's {@code <script type="application/ld+json">}:
     * an {@link Article} as {@code NewsArticle} (its quotes and bills as {@code mentions}), an {@link
     * Event} with its offsets from the IANA zone, a {@link Quote} as {@code Quotation}, a {@link
     * Statistic} as {@code Observation}, a {@link LegislationReference} as {@code Legislation}.
     *
     * @param value an article, event, quote, statistic or bill
     * @return the JSON-LD text, safe to embed in HTML as it is
     * @throws IllegalArgumentException for any other type
     */
    public String schemaOrg(Object value) {
        return write(Exports.schemaOrg(Objects.requireNonNull(value, "value")));
    }

    /**
     * Writes a timeline in Knight Lab's TimelineJS 3 format: slides in chronological order, each date
     * with only the parts the fuzzy date knows, the source's phrase as {@code display_date}, every
     * field TimelineJS shows as HTML escaped so that it shows as text, and the event kind as {@code
     * group}. A relative entry ("later") is placed at the date of the entry before it.
     *
     * @param timeline the timeline
     * @return the TimelineJS JSON text, safe to embed in HTML as it is
     */
    public String timelineJs(Timeline timeline) {
        return write(Exports.timelineJs(Objects.requireNonNull(timeline, "timeline")));
    }

    /**
     * Writes a story list as a JSON Feed 1.1: one item per story with a stable id and its summary as
     * {@code content_text}. A story dated to the day or month has no {@code date_published}, which
     * needs a full timestamp; its date, image credits, event and bill go in each item's {@code
     * _campaignmodel} extension object.
     *
     * @param stories the story list
     * @return the JSON Feed text, safe to embed in HTML as it is
     */
    public String jsonFeed(StoryList stories) {
        return write(Exports.jsonFeed(Objects.requireNonNull(stories, "stories")));
    }

    /**
     * Writes an event as an RFC 5545 iCalendar file ({@code text/calendar}) for "add to calendar": a
     * {@code VEVENT} with its start and end in its own time zone ({@code TZID}, with the matching
     * {@code VTIMEZONE}), the venue or online link, the registration link, the organizer, the status
     * ({@code CANCELLED}, {@code TENTATIVE} for a postponed event, else {@code CONFIRMED}, with the
     * exact status and any previous start kept in {@code X-CAMPAIGNMODEL-} properties) and a {@code
     * UID} that stays the same across exports: the event's id, or one made from its name and start.
     *
     * @param event the event
     * @return the calendar, with CRLF line endings
     */
    public String iCalendar(Event event) {
        return ICalendar.of(List.of(Objects.requireNonNull(event, "event")), clock.instant());
    }

    /**
     * Writes every event the related stories announce as one iCalendar file.
     *
     * @param stories the story list
     * @return the calendar, with CRLF line endings; without a {@code VEVENT} if no story has an event
     */
    public String iCalendar(StoryList stories) {
        List<Event> events = Objects.requireNonNull(stories, "stories").getStories().stream()
                .map(RelatedStory::getEvent)
                .flatMap(Optional::stream)
                .toList();
        return ICalendar.of(events, clock.instant());
    }

    private String write(JsonNode tree) {
        return mapper.writeValueAsString(tree);
    }
}
