package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.testing.SeedCampaign;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class TimelineTest {

    private static TimelineEvent event(String id, FuzzyDate date) {
        return TimelineEvent.builder().id(id).date(date).title(id).build();
    }

    private static List<String> ids(List<TimelineEvent> events) {
        return events.stream().map(e -> e.getId().orElseThrow()).toList();
    }

    @Test
    void shouldOrderTheSeedTimelineFrom1948ToTheDecember2023Announcement() {
        Timeline timeline = SeedCampaign.timeline();

        assertThat(ids(timeline.chronological()))
                .containsExactly(
                        "security-units-1948",
                        "military-equipment-2014",
                        "executive-order-2014",
                        "order-revoked",
                        "case-study-2019",
                        "budget-cut-2020",
                        "safety-resolution-2023",
                        "announcement-2023");
        assertThat(ids(timeline.getEvents())).startsWith("announcement-2023", "safety-resolution-2023");
    }

    @Test
    void shouldKeepSourceOrderForDatesThatCannotBeToldApart() {
        Timeline sameYear = Timeline.of(List.of(
                event("a", FuzzyDate.parse("2014", "That same year")),
                event("b", FuzzyDate.parse("../2014", "By 2014")),
                event("c", FuzzyDate.parse("2014"))));

        assertThat(ids(sameYear.chronological())).containsExactly("a", "b", "c");
    }

    @Test
    void shouldMoveARelativeEventWithTheEventBeforeIt() {
        Timeline timeline = Timeline.of(List.of(
                event("first-later", FuzzyDate.relative("later")),
                event("y2020", FuzzyDate.ofYear(2020)),
                event("after-2020", FuzzyDate.relative("afterwards")),
                event("y1990", FuzzyDate.ofYear(1990)),
                event("after-1990", FuzzyDate.relative("later")),
                event("after-that", FuzzyDate.relative("later still"))));

        assertThat(ids(timeline.chronological()))
                .containsExactly("first-later", "y1990", "after-1990", "after-that", "y2020", "after-2020");
    }

    static Stream<Arguments> seeds() {
        return Seeds.of(10);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldGiveTheSameOrderWhateverTheSourceOrderOfDistinctDates(long seed) {
        Random r = new Random(seed);
        List<TimelineEvent> events = new ArrayList<>();
        for (int year = 1900; year < 2000; year += 1 + r.nextInt(5)) {
            events.add(event("y" + year, r.nextBoolean() ? FuzzyDate.ofYear(year) : FuzzyDate.parse("../" + year)));
        }
        List<TimelineEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, r);

        List<TimelineEvent> ordered = Timeline.of(shuffled).chronological();

        assertThat(ids(ordered)).as("seed %d", seed).isEqualTo(ids(events));
    }
}
