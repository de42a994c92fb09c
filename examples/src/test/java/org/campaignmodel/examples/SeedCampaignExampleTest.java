package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;

final class SeedCampaignExampleTest {
    private static final String OUTPUT = ExampleRunner.run(SeedCampaignExample::main);
    private static final List<String> LINES = OUTPUT.lines().toList();

    @Test
    void shouldValidateFirstAndNameTheArticleAndTheCoalitionByBothNames() {
        assertThat(LINES)
                .startsWith(
                        "Validation: campaign valid, article valid",
                        "",
                        "Police Free LAUSD Offers Alternatives to School Policing",
                        "by Heidi, December 7, 2023",
                        "Coalition: Police Free LAUSD Coalition, also known as Safe Schools LA");
    }

    @Test
    void shouldNumberTheFourDemandsWithTheirTargets() {
        assertThat(LINES)
                .containsSubsequence(
                        "Demands",
                        "  1. Expand and improve community-based safety (to Superintendent Alberto Carvalho, LAUSD and"
                                + " the Board of Education, LAUSD)",
                        "  4. Eliminate the LA School Police Department (to Superintendent Alberto Carvalho, LAUSD and"
                                + " the Board of Education, LAUSD)");
        assertThat(LINES.stream().filter(l -> l.matches("  \\d\\. .*"))).hasSize(4);
    }

    @Test
    void shouldShowTheTimelineInOrderWithDatesAsPeopleWriteThem() {
        assertThat(LINES)
                .containsSubsequence(
                        "Timeline",
                        "  1948           Security units sent into newly integrated schools",
                        "  by 2014        District holds military-grade equipment from the Pentagon",
                        "  2014           Executive order restricts the 1033 program",
                        "  later          Executive order revoked",
                        "  2019           Case study: most Black students see school police as too aggressive",
                        "  2020           Board cuts $25 million from the school police budget",
                        "  June 2023      Board passes the community-based safety resolution",
                        "  December 2023  Coalition announces $25 million for students and four demands");
    }

    @Test
    void shouldShowTheFiguresWithQualifiersAndTheComputedDisparity() {
        assertThat(LINES)
                .contains(
                        "  more than 200 sworn school police officers serving LAUSD",
                        "  $25,000,000 cut to the Los Angeles School Police Department budget of $78,000,000, 2020",
                        "  61 assault rifles, by 2014",
                        "  Black students are 8% of LAUSD student enrollment but 25% of school police arrests of"
                                + " LAUSD students: 3.125 times their share");
    }

    @Test
    void shouldQuoteTheSpeakerAndListTheTenRelatedStories() {
        assertThat(LINES)
                .contains(
                        "\u201cIt really made it hard to focus\u201d \u2014 Damien Winfrey, student, Narbonne High School,"
                                + " speaking to Knock LA");
        assertThat(LINES.stream().filter(l -> l.matches("  \\w+ \\d+, 2025 \\[.*")))
                .hasSize(10);
        assertThat(LINES)
                .contains(
                        "      CCWP 30th anniversary celebration with Dr. Angela Davis, November 5, 2025 5:00 PM PST,"
                                + " Oakland, CA",
                        "      act on SB 627 (US-CA)");
    }

    @Test
    void shouldEndWithTheCampaignAsAJsonDocument() {
        String json = OUTPUT.substring(OUTPUT.indexOf("JSON document\n") + "JSON document\n".length());

        assertThat(CampaignJson.create().read(json, Campaign.class)).isEqualTo(SeedCampaign.campaign());
    }
}
