package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.junit.jupiter.api.Test;

final class FirstCampaignTest {

    @Test
    void shouldPrintTheDemandTheDatedEventTheStatisticTheReportAndTheJson() {
        String out = ExampleRunner.run(FirstCampaign::main);

        assertThat(out.lines())
                .startsWith(
                        "Counselors Not Cops",
                        "1. Hire a counselor for every 250 students",
                        "by 2014 [../2014]: District buys surplus military gear",
                        "more than 200 sworn officers",
                        "valid");
        String json = out.lines().toList().get(5);
        assertThat(CampaignJson.create().read(json, Campaign.class)).isEqualTo(FirstCampaign.build());
    }
}
