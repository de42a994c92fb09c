package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campaignmodel.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** campaign-json's public API is the committed listing: any change is a visible decision in review. */
final class ApiListingTest {
    @Test
    void shouldMatchTheCommittedListing() {
        String problem = ApiListing.check(
                CampaignJson.class,
                Path.of("api", "campaign-json.txt"),
                "./mvnw -pl json test -Dtest=ApiListingTest -Dapi.accept=true");

        assertThat(problem).as("API listing").isNull();
    }

    @Test
    void shouldShowTheFacadeModuleAndErrorButNoCodecInternals() {
        String listing = ApiListing.of(CampaignJson.class);

        assertThat(listing)
                .contains("org.campaignmodel.json.CampaignJson final class")
                .contains("org.campaignmodel.json.CampaignModule")
                .contains("org.campaignmodel.json.CampaignJsonException final class")
                .contains("org.campaignmodel.json.export.CampaignExports final class")
                .doesNotContain("JacksonTokens")
                .doesNotContain("InvalidInput")
                .doesNotContain("ModelWriters");
    }
}
