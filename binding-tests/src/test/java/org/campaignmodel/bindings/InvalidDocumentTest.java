package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One invalid document per kind of error, each with the code, pointer and message every binding must give. */
final class InvalidDocumentTest {
    static Stream<Arguments> documents() {
        return Binding.with(Stream.of(CASES.strip().split("\n")).map(line -> {
            String[] cells = line.split("\\|", -1);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip().equals("''") ? "" : cells[i].strip();
            }
            return Arguments.of((Object[]) cells);
        }));
    }

    private static final String CASES = """
            unknown-property    | Article  | /headlne                      | Unknown property "headlne" in Article. Did you mean "headline"? | json.unknown_property
            builder-helper      | Article  | /addAllTags                   | Unknown property "addAllTags" in Article. Known properties: body, bylines, | json.unknown_property
            missing-property    | Article  | /body/0                       | Heading is missing the required property "text". | json.missing_property
            wrong-type          | Article  | /headline                     | "headline" should be a string, not a list. | json.wrong_type
            bad-date            | Article  | /published                    | Invalid fuzzy date "2023-02-30" at position 8: day 30 does not exist in 2023-02 | date.invalid
            unknown-enum        | Event    | /attendanceMode               | "by_carrier_pigeon" is not a known value for "attendanceMode"; use one of: in_person, online, hybrid. | json.unknown_value
            malformed-code      | Campaign | /status                       | CampaignStatus code "Won Big" is not well formed | code.malformed
            null-value          | Article  | /dek                          | "dek" is null; leave the property out instead of writing null. | json.null
            duplicate-key       | Article  | /headline                     | Property "headline" appears twice; keep one. | json.duplicate_property
            trailing-content    | Article  | ''                            | There is more content after the document; send one JSON value. | json.trailing_content
            unsupported-version | Article  | /schemaVersion                | Schema version "2.0" is not supported: this reader understands versions 1.0 to 1.1. | json.version.unsupported
            missing-version     | Article  | ''                            | An Article document needs "schemaVersion": "1.0". | json.version.missing
            unknown-block-type  | Article  | /body/0/type                  | "video" is not a known Block type; use one of: paragraph, heading, list, quote, image, statistic, demand. | json.type.unknown
            missing-block-type  | Article  | /body/0                       | This Block needs a "type": one of paragraph, heading, list, quote, image, statistic, demand. | json.type.missing
            impossible-value    | Campaign | /statistics/0/value           | This Quantity is not possible: set maximum for a BETWEEN range, and only for one. | value.impossible
            bad-zone            | Event    | /zone                         | "zone" is not an IANA time zone name such as America/Los_Angeles. | zone.invalid
            bad-time            | Event    | /start                        | "start" is not a local date and time such as 2025-11-05T17:00:00. | time.invalid
            huge-number         | Campaign | /statistics/0/value/value     | "value" is too large or too precise; use at most 100 digits | number.too_large
            not-json            | Article  | /headline                     | This is not valid JSON: a comma before '}' is followed by nothing | json.syntax
            newer-property      | Campaign | /demands/0/deadline           | "deadline" of Demand belongs to wire format 1.1, but this document says "schemaVersion": "1.0". Set "schemaVersion" to "1.1", or leave "deadline" out for readers of 1.0. | json.version.newer_property
            version-in-nested   | Article  | /relatedStories/0/event/schemaVersion | "schemaVersion" does not belong here: only a top-level Event document carries it. | json.misplaced
            list-expected       | Article  | /tags                         | "tags" should be a list, not a string. | json.wrong_type
            null-item           | Article  | /tags/1                       | An item of "tags" is null; remove it. | json.null_item
            fuzzy-date-object   | Article  | /published/when               | Unknown property "when" in a fuzzy date; it has edtf, phrase and schoolYear. | json.unknown_property
            school-year-mismatch | Article | /published/schoolYear        | "schoolYear" says 2020-21, but "edtf" is not that school year: write an interval from a month or day of 2020 to a month or day of 2021, such as "2020-08/2021-06". | date.school_year.invalid
            dangling-reference  | Campaign | /targets/0/ref                | No party in "parties" has the id "school-bord". Did you mean "school-board"? Defined ids: school-board. | json.reference.dangling
            duplicate-party-id  | Campaign | /parties/decisionMakers/0/id  | The id "district" is defined already, at /parties/organizations/0; give each party its own id. | json.party.duplicate_id
            party-without-id    | Campaign | /parties/organizations/0      | A party defined in "organizations" needs an "id", so that references can name it. | json.party.id_missing
            reference-not-alone | Campaign | /memberships/0/organization/ref | A reference to a party has "ref" and nothing else: write the Organization in full here, or only its "ref". | json.reference.not_alone
            reference-wrong-kind | Campaign | /targets/0/ref               | "district" is defined in "organizations", but only a party of "decisionMakers" may stand here. | json.reference.wrong_kind
            reference-in-1.0    | Campaign | /targets/0/ref                | "ref" of DecisionMaker belongs to wire format 1.1, but this document says "schemaVersion": "1.0". Set "schemaVersion" to "1.1", or leave "ref" out for readers of 1.0. | json.version.newer_property
            """;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    void shouldRefuseTheDocumentNamingWhereAndWhy(
            Binding binding, String name, String type, String pointer, String message, String code) {
        String document = Fixtures.read("invalid/" + name + ".json");
        Class<?> target = switch (type) {
            case "Campaign" -> Campaign.class;
            case "Event" -> Event.class;
            default -> Article.class;
        };

        assertThatThrownBy(() -> binding.format().read(document, target))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
                    org.assertj.core.api.Assertions.assertThat(e.pointer()).isEqualTo(pointer);
                    org.assertj.core.api.Assertions.assertThat(e.problem()).contains(message);
                    org.assertj.core.api.Assertions.assertThat(e.getMessage())
                            .startsWith((pointer.isEmpty() ? "/" : pointer) + ": ");
                });
    }
}
