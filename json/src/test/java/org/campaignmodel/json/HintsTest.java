package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.campaignmodel.Event;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.FuzzyDateFormatException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a person most often goes wrong, the message says what to write instead. */
final class HintsTest {
    private static final CampaignJson JSON = CampaignJson.create();

    private static String event(String start, String zone) {
        return "{\"schemaVersion\":\"1.0\",\"name\":\"E\",\"attendanceMode\":\"online\","
                + "\"onlineUrl\":\"https://example.org\",\"start\":\"" + start + "\",\"zone\":\"" + zone + "\"}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            America/Los_Angelos | Did you mean "America/Los_Angeles"?
            Asia/Tokio          | Did you mean "Asia/Tokyo"?
            Los Angeles         | Did you mean "America/Los_Angeles"?
            Chicago             | Did you mean "America/Chicago"?
            PST                 | An abbreviation such as PST names no place
            CEST                | An abbreviation such as PST names no place
            Nowhere/Atlantis    | is not an IANA time zone name such as America/Los_Angeles.
            """)
    void shouldSuggestTheZoneToUse(String zone, String hint) {
        assertThatThrownBy(() -> JSON.read(event("2025-11-05T17:00:00", zone), Event.class))
                .isInstanceOfSatisfying(
                        CampaignJsonException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problem())
                                .contains(hint)
                                .doesNotContain("Did you mean \"EST\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2025-11-05T17:00:00-08:00, 2025-11-05T17:00:00",
        "2025-11-05T17:00:00+0100, 2025-11-05T17:00:00",
        "2025-11-05T17:00:00Z, 2025-11-05T17:00:00",
        "2025-11-05T17:00-07:00, 2025-11-05T17:00",
    })
    void shouldSayTheOffsetComesFromTheZone(String start, String local) {
        assertThatThrownBy(() -> JSON.read(event(start, "America/Los_Angeles"), Event.class))
                .isInstanceOfSatisfying(CampaignJsonException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.pointer()).isEqualTo("/start");
                    org.assertj.core.api.Assertions.assertThat(e.problem())
                            .contains("written without an offset or Z, such as " + local + ";")
                            .contains("the offset comes from \"zone\"");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-2021 | a span of years is an interval, written with a slash: 2020/2021
            1948-1950 | a span of years is an interval, written with a slash: 1948/1950
            2020/21   | write both years in full: 2020/2021
            """)
    void shouldSayHowToWriteASpanOfYears(String edtf, String hint) {
        assertThatThrownBy(() -> FuzzyDate.parse(edtf))
                .isInstanceOf(FuzzyDateFormatException.class)
                .hasMessageContaining(hint);
    }
}
