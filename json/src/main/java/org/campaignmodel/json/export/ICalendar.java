package org.campaignmodel.json.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Event;
import org.campaignmodel.EventStatus;
import org.campaignmodel.Organization;
import org.campaignmodel.Place;
import org.jspecify.annotations.Nullable;

/**
 * Writes events as RFC 5545 iCalendar text: one {@code VEVENT} per event with its local start and end
 * under a {@code TZID}, and one {@code VTIMEZONE} per zone, built from the zone's own rules for the
 * years the events fall in, so that a calendar places each event at the right instant on either side
 * of a daylight-saving change. Text values are escaped and lines folded as the RFC requires.
 */
final class ICalendar {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final String PRODUCT = "-//Campaign Model//campaign-json//EN";

    private final List<String> lines = new ArrayList<>();

    private ICalendar() {}

    static String of(List<Event> events, Instant stamp) {
        ICalendar out = new ICalendar();
        out.line("BEGIN:VCALENDAR");
        out.line("VERSION:2.0");
        out.line("PRODID:" + PRODUCT);
        out.line("CALSCALE:GREGORIAN");
        TreeMap<String, List<Event>> byZone = new TreeMap<>();
        for (Event event : events) {
            byZone.computeIfAbsent(event.getZone().getId(), z -> new ArrayList<>())
                    .add(event);
        }
        byZone.forEach((zone, inZone) -> out.timeZone(ZoneId.of(zone), inZone));
        for (Event event : events) {
            out.event(event, stamp);
        }
        out.line("END:VCALENDAR");
        StringBuilder text = new StringBuilder();
        for (String line : out.lines) {
            fold(text, line);
        }
        return text.toString();
    }

    private void line(String line) {
        lines.add(line);
    }

    private void event(Event event, Instant stamp) {
        String zone = event.getZone().getId();
        line("BEGIN:VEVENT");
        line("UID:" + uid(event));
        line("DTSTAMP:" + UTC.format(stamp));
        line("DTSTART;TZID=" + zone + ":" + LOCAL.format(event.getStart()));
        event.getEnd().ifPresent(end -> line("DTEND;TZID=" + zone + ":" + LOCAL.format(end)));
        line("SUMMARY:" + text(event.getName()));
        description(event).ifPresent(d -> line("DESCRIPTION:" + text(d)));
        Optional<String> venue = event.getVenue().map(ICalendar::place);
        if (venue.isPresent()) {
            line("LOCATION:" + text(venue.get()));
        } else if (event.getAttendanceMode() == AttendanceMode.ONLINE) {
            line("LOCATION:" + text(event.getOnlineUrl().orElse("Online")));
        }
        event.getOnlineUrl().ifPresent(url -> line("CONFERENCE;VALUE=URI;FEATURE=VIDEO;LABEL=Join online:" + url));
        event.getRegistrationUrl().or(event::getOnlineUrl).ifPresent(url -> line("URL:" + url));
        for (Organization organizer : event.getOrganizers()) {
            if (organizer.getUrl().isPresent()) {
                line("ORGANIZER;CN=" + parameter(organizer.getName()) + ":"
                        + organizer.getUrl().get());
                break; // one ORGANIZER per event; the others are named in the description
            }
        }
        line("STATUS:" + status(event.getStatus()));
        if (!event.getStatus().equals(EventStatus.SCHEDULED)) {
            line("X-CAMPAIGNMODEL-STATUS:" + text(event.getStatus().getValue()));
        }
        event.getPreviousStart()
                .ifPresent(
                        previous -> line("X-CAMPAIGNMODEL-PREVIOUS-START;TZID=" + zone + ":" + LOCAL.format(previous)));
        line("END:VEVENT");
    }

    /** Stable across exports of the same event: its id, or its name and start. */
    private static String uid(Event event) {
        String key = event.getId()
                .orElseGet(() -> Integer.toHexString((event.getName() + "|" + event.getStart() + "|"
                                + event.getZone().getId())
                        .hashCode()));
        return key + "@campaignmodel.org";
    }

    private static Optional<String> description(Event event) {
        List<String> parts = new ArrayList<>();
        event.getDescription().ifPresent(parts::add);
        if (!event.getOrganizers().isEmpty()) {
            parts.add("Organized by "
                    + event.getOrganizers().stream().map(Organization::getName).collect(Collectors.joining(", "))
                    + ".");
        }
        if (!event.getSpeakers().isEmpty()) {
            parts.add("With "
                    + event.getSpeakers().stream()
                            .map(org.campaignmodel.Person::getName)
                            .collect(Collectors.joining(", "))
                    + ".");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", parts));
    }

    private static String place(Place place) {
        return Stream.of(
                        place.getName(),
                        place.getStreetAddress(),
                        place.getLocality(),
                        place.getRegion(),
                        place.getCountry())
                .flatMap(Optional::stream)
                .collect(Collectors.joining(", "));
    }

    private static String status(EventStatus status) {
        if (status.equals(EventStatus.CANCELLED)) {
            return "CANCELLED";
        }
        // postponed: it will happen, but not when it was said
        return status.equals(EventStatus.POSTPONED) ? "TENTATIVE" : "CONFIRMED";
    }

    /**
     * The zone's offsets around the events. Where the zone's current rules already held a year
     * before the first event, each rule becomes a {@code STANDARD} or {@code DAYLIGHT} part with a
     * yearly {@code RRULE}, the form calendar programs read best; otherwise each transition from the
     * year before the first event to the year after the last is its own part, and a zone without
     * transitions is one {@code STANDARD}.
     */
    private void timeZone(ZoneId zone, List<Event> events) {
        ZoneRules rules = zone.getRules();
        int first = events.stream().mapToInt(e -> e.getStart().getYear()).min().orElseThrow() - 1;
        int last = events.stream()
                        .mapToInt(e -> Math.max(
                                e.getEnd().orElse(e.getStart()).getYear(),
                                e.getPreviousStart().orElse(e.getStart()).getYear()))
                        .max()
                        .orElseThrow()
                + 1;
        line("BEGIN:VTIMEZONE");
        line("TZID:" + zone.getId());
        List<ZoneOffsetTransition> fixed = rules.getTransitions();
        int lastFixedYear = fixed.isEmpty()
                ? Integer.MIN_VALUE
                : fixed.get(fixed.size() - 1).getDateTimeAfter().getYear();
        if (!rules.getTransitionRules().isEmpty() && lastFixedYear < first) {
            for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
                ZoneOffsetTransition onset = rule.createTransition(first);
                observance(rules, onset, recurrence(rule));
            }
        } else {
            explicit(rules, first, last);
        }
        line("END:VTIMEZONE");
    }

    private void explicit(ZoneRules rules, int first, int last) {
        Instant from = LocalDateTime.of(first, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
        Instant to = LocalDateTime.of(last, 12, 31, 23, 59).toInstant(ZoneOffset.UTC);
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(from.minusSeconds(1));
                t != null && !t.getInstant().isAfter(to);
                t = rules.nextTransition(t.getInstant())) {
            transitions.add(t);
        }
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(from);
            line("BEGIN:STANDARD");
            line("DTSTART:" + LOCAL.format(LocalDateTime.of(first, 1, 1, 0, 0)));
            line("TZOFFSETFROM:" + offset(offset));
            line("TZOFFSETTO:" + offset(offset));
            line("END:STANDARD");
        }
        for (ZoneOffsetTransition t : transitions) {
            observance(rules, t, null);
        }
    }

    private void observance(ZoneRules rules, ZoneOffsetTransition onset, @Nullable String recurrence) {
        String part = rules.isDaylightSavings(onset.getInstant()) ? "DAYLIGHT" : "STANDARD";
        line("BEGIN:" + part);
        line("DTSTART:" + LOCAL.format(onset.getDateTimeBefore()));
        if (recurrence != null) {
            line("RRULE:" + recurrence);
        }
        line("TZOFFSETFROM:" + offset(onset.getOffsetBefore()));
        line("TZOFFSETTO:" + offset(onset.getOffsetAfter()));
        line("END:" + part);
    }

    /** A yearly rule such as "the second Sunday of March" as an RFC 5545 recurrence. */
    private static String recurrence(ZoneOffsetTransitionRule rule) {
        String base = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return base + ";BYMONTHDAY=" + day;
        }
        String weekday = rule.getDayOfWeek().name().substring(0, 2);
        if (day > 0 && (day - 1) % 7 == 0) {
            return base + ";BYDAY=" + ((day - 1) / 7 + 1) + weekday; // on or after the 1st, 8th, ...
        }
        if (day == -1) {
            return base + ";BYDAY=-1" + weekday; // the last one of the month
        }
        // on or after (or before) another day: that weekday among the seven days from there
        List<String> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(Integer.toString(day > 0 ? day + i : day - i));
        }
        return base + ";BYDAY=" + weekday + ";BYMONTHDAY=" + String.join(",", days);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", minutes / 60, minutes % 60);
    }

    /** A TEXT value: backslashes, semicolons, commas and line breaks escaped; other controls dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        continue; // \r\n is one line break
                    }
                    out.append("\\n");
                }
                default -> {
                    if ((c >= 0x20 && c != 0x7F) || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A parameter value: quoted, with the characters a quoted value cannot hold left out. */
    private static String parameter(String value) {
        return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
    }

    /** Lines end with CRLF and are folded after at most 75 octets, never inside a character. */
    private static void fold(StringBuilder out, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
