package org.campaignmodel.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campaignmodel.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** The starter's public API is the committed listing: any change is a visible decision in review. */
final class ApiListingTest {
    @Test
    void shouldMatchTheCommittedListing() {
        String problem = ApiListing.check(
                CampaignModelAutoConfiguration.class,
                Path.of("api", "campaign-spring-boot-starter.txt"),
                "./mvnw -pl spring-boot-starter test -Dtest=ApiListingTest -Dapi.accept=true");

        assertThat(problem).as("API listing").isNull();
    }

    @Test
    void shouldShowOnlyTheConfigurationAndItsProperties() {
        assertThat(ApiListing.of(CampaignModelAutoConfiguration.class))
                .contains("org.campaignmodel.spring.boot.CampaignModelAutoConfiguration final class")
                .contains("org.campaignmodel.spring.boot.CampaignModelProperties class")
                .doesNotContain("CampaignProblemResolver")
                .doesNotContain("LimitsCustomizer")
                .doesNotContain("SchemaRoutes");
    }
}
