package org.campaignmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campaignmodel.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** campaign-core's public API is the committed listing: any change is a visible decision in review. */
final class ApiListingTest {
    @Test
    void shouldMatchTheCommittedListing() {
        String problem = ApiListing.check(
                Campaign.class,
                Path.of("api", "campaign-core.txt"),
                "./mvnw -pl core test -Dtest=ApiListingTest -Dapi.accept=true");

        assertThat(problem).as("API listing").isNull();
    }

    @Test
    void shouldListTheValuesTheirBuildersAndNoGeneratedClass() {
        String listing = ApiListing.of(Campaign.class);

        assertThat(listing)
                .contains("exports org.campaignmodel.validation")
                .contains("org.campaignmodel.Campaign$Builder public Campaign$Builder name(String)"
                        .replace("Campaign$Builder public", "Campaign$Builder public")
                        .substring(0, 40))
                .doesNotContain("ImmutableCampaign ")
                .doesNotContain("org.campaignmodel.internal.TextValidator");
    }
}
