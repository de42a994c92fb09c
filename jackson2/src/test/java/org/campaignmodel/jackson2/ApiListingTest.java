package org.campaignmodel.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campaignmodel.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** campaign-jackson2's public API is the committed listing: any change is a visible decision in review. */
final class ApiListingTest {
    @Test
    void shouldMatchTheCommittedListing() {
        String problem = ApiListing.check(
                CampaignJackson2.class,
                Path.of("api", "campaign-jackson2.txt"),
                "./mvnw -pl jackson2 test -Dtest=ApiListingTest -Dapi.accept=true");

        assertThat(problem).as("API listing").isNull();
    }

    @Test
    void shouldShowTheFacadeModuleAndErrorButNoCodecGlue() {
        String listing = ApiListing.of(CampaignJackson2.class);

        assertThat(listing)
                .contains("org.campaignmodel.jackson2.CampaignJackson2 final class")
                .contains("org.campaignmodel.jackson2.Jackson2CampaignModule final class")
                .contains("org.campaignmodel.jackson2.CampaignJackson2Exception final class")
                .doesNotContain("Jackson2Tokens")
                .doesNotContain("InvalidInput")
                .doesNotContain("tools.jackson");
    }
}
