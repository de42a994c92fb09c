package org.campaignmodel.json.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Event;
import org.campaignmodel.EventStatus;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;

/** The iCalendar export, read back by ical4j as a calendar program would read it. */
final class ICalendarTest {
    private static final CampaignExports EXPORTS =
            CampaignExports.create(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("(none)");
    }

    /**
     * The instant a calendar places the event's start at: its local start, at the offset of the
     * observance of the file's own {@code VTIMEZONE} that applies then, as ical4j reads it.
     */
    private static Instant start(Calendar calendar, VEvent event) {
        ZonedDateTime local = (ZonedDateTime) event.getDateTimeStart().getDate();
        VTimeZone zone = (VTimeZone) calendar.getComponent("VTIMEZONE").orElseThrow();
        Observance observance = zone.getApplicableObservance(local);
        ZoneOffset offset = ((TzOffsetTo) observance.getProperty("TZOFFSETTO").orElseThrow()).getOffset();
        return local.toLocalDateTime().toInstant(offset);
    }

    @Test
    void shouldPlaceTheSeedsEventsAtTheirInstantsOnBothSidesOfTheClockChange() throws Exception {
        Calendar calendar = parse(EXPORTS.iCalendar(org.campaignmodel.StoryList.of(SeedCampaign.relatedStories())));

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        // 17:00 on November 5, 2025 in Los Angeles is standard time (UTC-8); 17:30 on July 21 is
        // daylight time (UTC-7)
        assertThat(events)
                .extracting(event -> start(calendar, event))
                .containsExactlyInAnyOrder(
                        Instant.parse("2025-11-06T01:00:00Z"), Instant.parse("2025-07-22T00:30:00Z"));
        assertThat(events)
                .as("as ical4j converts them itself")
                .extracting(event -> ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant())
                .containsExactlyInAnyOrder(
                        Instant.parse("2025-11-06T01:00:00Z"), Instant.parse("2025-07-22T00:30:00Z"));
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void shouldCarryWhatACalendarShows() throws Exception {
        Event event = SeedCampaign.ccwpAnniversary();

        VEvent exported =
                (VEvent) parse(EXPORTS.iCalendar(event)).getComponents("VEVENT").get(0);

        assertThat(value(exported, "SUMMARY")).isEqualTo(event.getName());
        assertThat(value(exported, "DTSTART")).isEqualTo("20251105T170000");
        assertThat(exported.getProperty("DTSTART")
                        .flatMap(p -> p.getParameter("TZID"))
                        .map(Object::toString))
                .hasValue("TZID=America/Los_Angeles");
        assertThat(value(exported, "DTEND")).isEqualTo("20251105T200000");
        assertThat(value(exported, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(exported, "DTSTAMP")).isEqualTo("20250601T120000Z");
        assertThat(value(exported, "UID")).endsWith("@campaignmodel.org");
        event.getVenue()
                .ifPresent(venue -> assertThat(value(exported, "LOCATION"))
                        .contains(venue.getLocality().orElse("")));
        event.getRegistrationUrl()
                .ifPresent(url -> assertThat(value(exported, "URL")).isEqualTo(url));
    }

    @Test
    void shouldKeepTheUidAcrossExports() {
        Event event = SeedCampaign.mailNight();
        CampaignExports later =
                CampaignExports.create(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

        String uid = EXPORTS.iCalendar(event)
                .lines()
                .filter(l -> l.startsWith("UID:"))
                .findFirst()
                .orElseThrow();

        assertThat(later.iCalendar(event)).contains(uid);
    }

    @Test
    void shouldSayWhenAnEventMoved() throws Exception {
        Event postponed = Event.builder()
                .name("Board meeting, public comment")
                .start(LocalDateTime.of(2025, 3, 20, 18, 0))
                .zone(ZoneId.of("America/Los_Angeles"))
                .attendanceMode(AttendanceMode.ONLINE)
                .onlineUrl("https://example.org/live")
                .status(EventStatus.RESCHEDULED)
                .previousStart(LocalDateTime.of(2025, 3, 6, 18, 0))
                .build();
        Event cancelled =
                Event.builder().from(postponed).status(EventStatus.CANCELLED).build();
        Event later =
                Event.builder().from(postponed).status(EventStatus.POSTPONED).build();

        VEvent moved = (VEvent)
                parse(EXPORTS.iCalendar(postponed)).getComponents("VEVENT").get(0);

        assertThat(value(moved, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(moved, "X-CAMPAIGNMODEL-STATUS")).isEqualTo("rescheduled");
        assertThat(value(moved, "X-CAMPAIGNMODEL-PREVIOUS-START")).isEqualTo("20250306T180000");
        assertThat(value(moved, "LOCATION")).isEqualTo("https://example.org/live");
        assertThat(value(moved, "URL")).isEqualTo("https://example.org/live");
        assertThat(EXPORTS.iCalendar(cancelled)).contains("STATUS:CANCELLED\r\n");
        assertThat(EXPORTS.iCalendar(later)).contains("STATUS:TENTATIVE\r\n");
    }

    @Test
    void shouldEscapeTextAndFoldLongLines() throws Exception {
        String name = "Town hall; budget, police \\ and a line\nbreak " + "ñ".repeat(60);
        Event event = Event.builder().from(SeedCampaign.mailNight()).name(name).build();

        String text = EXPORTS.iCalendar(event);

        assertThat(text.split("\r\n", -1))
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
        assertThat(text).doesNotContain("\n\n").endsWith("END:VCALENDAR\r\n");
        VEvent back = (VEvent) parse(text).getComponents("VEVENT").get(0);
        assertThat(value(back, "SUMMARY")).isEqualTo(name);
    }

    private static Event at(String zone, LocalDateTime start) {
        return Event.builder()
                .name("Rally")
                .start(start)
                .zone(ZoneId.of(zone))
                .attendanceMode(AttendanceMode.ONLINE)
                .onlineUrl("https://example.org/live")
                .build();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        // Europe's last Sunday of March and October: a rule on or after the 25th
        "Europe/London, 2025-03-29T12:00, 2025-03-29T12:00:00Z",
        "Europe/London, 2025-03-31T12:00, 2025-03-31T11:00:00Z",
        "Europe/London, 2025-10-27T12:00, 2025-10-27T12:00:00Z",
        // the southern hemisphere: daylight time over the new year
        "Australia/Sydney, 2025-01-15T18:00, 2025-01-15T07:00:00Z",
        "Australia/Sydney, 2025-07-15T18:00, 2025-07-15T08:00:00Z",
        // no daylight time at all
        "Asia/Tokyo, 2025-07-15T18:00, 2025-07-15T09:00:00Z",
        "America/Phoenix, 2025-07-15T18:00, 2025-07-16T01:00:00Z",
    })
    void shouldPlaceEventsRightInOtherZones(String zone, LocalDateTime start, Instant utc) throws Exception {
        Calendar calendar = parse(EXPORTS.iCalendar(at(zone, start)));
        VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);

        assertThat(start(calendar, event)).isEqualTo(utc);
        assertThat(((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant())
                .as("as ical4j converts it itself")
                .isEqualTo(utc);
    }
}
