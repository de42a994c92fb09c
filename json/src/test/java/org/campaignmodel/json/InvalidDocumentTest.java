package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One invalid document per kind of error, each with the pointer and message it must give. */
final class InvalidDocumentTest {
    private static final CampaignJson JSON = CampaignJson.create();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-property    | Article  | /headlne                      | Unknown property "headlne" in Article. Did you mean "headline"?
            builder-helper      | Article  | /addAllTags                   | Unknown property "addAllTags" in Article. Known properties: body, bylines,
            missing-property    | Article  | /body/0                       | Heading is missing the required property "text".
            wrong-type          | Article  | /headline                     | "headline" should be a string, not a list.
            bad-date            | Article  | /published                    | Invalid fuzzy date "2023-02-30" at position 8: day 30 does not exist in 2023-02
            unknown-enum        | Event    | /attendanceMode               | "by_carrier_pigeon" is not a known value for "attendanceMode"; use one of: in_person, online, hybrid.
            malformed-code      | Campaign | /status                       | CampaignStatus code "Won Big" is not well formed
            null-value          | Article  | /dek                          | "dek" is null; leave the property out instead of writing null.
            duplicate-key       | Article  | /headline                     | Property "headline" appears twice; keep one.
            trailing-content    | Article  | ''                            | There is more content after the document; send one JSON value.
            unsupported-version | Article  | /schemaVersion                | Schema version "2.0" is not supported: this reader understands version 1.0.
            missing-version     | Article  | ''                            | An Article document needs "schemaVersion": "1.0".
            unknown-block-type  | Article  | /body/0/type                  | "video" is not a known Block type; use one of: paragraph, heading, list, quote, image, statistic, demand.
            missing-block-type  | Article  | /body/0                       | This Block needs a "type": one of paragraph, heading, list, quote, image, statistic, demand.
            impossible-value    | Campaign | /statistics/0/value           | This Quantity is not possible: set maximum for a BETWEEN range, and only for one.
            bad-zone            | Event    | /zone                         | "zone" is not an IANA time zone name such as America/Los_Angeles.
            bad-time            | Event    | /start                        | "start" is not a local date and time such as 2025-11-05T17:00:00.
            huge-number         | Campaign | /statistics/0/value/value     | "value" is too large or too precise; use at most 100 digits
            not-json            | Article  | /headline                     | This is not valid JSON: a comma before '}' is followed by nothing
            version-in-nested   | Article  | /relatedStories/0/event/schemaVersion | "schemaVersion" does not belong here: only a top-level Event document carries it.
            list-expected       | Article  | /tags                         | "tags" should be a list, not a string.
            null-item           | Article  | /tags/1                       | An item of "tags" is null; remove it.
            fuzzy-date-object   | Article  | /published/when               | Unknown property "when" in a fuzzy date; it has edtf and phrase.
            """)
    void shouldRefuseTheDocumentNamingWhereAndWhy(String name, String type, String pointer, String message)
            throws IOException {
        String document = GoldenFixtureTest.fixture("invalid/" + name + ".json");
        Class<?> target = switch (type) {
            case "Campaign" -> Campaign.class;
            case "Event" -> Event.class;
            default -> Article.class;
        };

        assertThatThrownBy(() -> JSON.read(document, target)).isInstanceOfSatisfying(CampaignJsonException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.pointer()).isEqualTo(pointer);
            org.assertj.core.api.Assertions.assertThat(e.problem()).contains(message);
            org.assertj.core.api.Assertions.assertThat(e.getMessage())
                    .startsWith((pointer.isEmpty() ? "/" : pointer) + ": ");
        });
    }
}
