package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.validation.CampaignValidator;
import org.junit.jupiter.api.Test;

final class FormatVersionsTest {
    @Test
    void shouldPrintEachVersionTheRateAndTheRefusal() {
        String out = ExampleRunner.run(FormatVersions::main);

        assertThat(out.lines())
                .containsExactly(
                        "without anything new: 1.0",
                        "with a deadline, a rate and a vote: 1.1",
                        "student arrests: more than 12 arrests per 1,000 students a year",
                        "json.version.newer_property at /demands/0/deadline: \"deadline\" of Demand belongs to wire"
                                + " format 1.1, but this document says \"schemaVersion\": \"1.0\". Set"
                                + " \"schemaVersion\" to \"1.1\", or leave \"deadline\" out for readers of 1.0.",
                        "2024-25 school year: 2024-08/2025-06",
                        "the board in full: 2 times; with references: 1 time, 2 references",
                        "read as 1.2, kept [/demands/0/budgetLine = \"4200-counselors\"]",
                        "written back whole: true");
    }

    @Test
    void shouldBuildValidCampaignsThatRoundTrip() {
        CampaignJson json = CampaignJson.create();
        for (Campaign campaign :
                new Campaign[] {FormatVersions.plain(), FormatVersions.newer(), FormatVersions.targeted()}) {
            assertThat(CampaignValidator.create().validate(campaign).getProblems())
                    .isEmpty();
            assertThat(json.read(json.write(campaign), Campaign.class)).isEqualTo(campaign);
        }
    }
}
