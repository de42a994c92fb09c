package org.campaignmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class FirstCampaignTest {

    @Test
    void shouldPrintTheDemandTheDatedEventAndTheStatistic() {
        String out = ExampleRunner.run(FirstCampaign::main);

        assertThat(out.lines())
                .containsExactly(
                        "Counselors Not Cops",
                        "1. Hire a counselor for every 250 students",
                        "By 2014 [../2014]: District buys surplus military gear",
                        "MORE_THAN 200 sworn officers");
    }
}
