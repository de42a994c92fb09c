package org.campaignmodel.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campaignmodel.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** campaign-kafka's public API is the committed listing: any change is a visible decision in review. */
final class ApiListingTest {
    @Test
    void shouldMatchTheCommittedListing() {
        String problem = ApiListing.check(
                CampaignSerde.class,
                Path.of("api", "campaign-kafka.txt"),
                "./mvnw -pl kafka test -Dtest=ApiListingTest -Dapi.accept=true");

        assertThat(problem).as("API listing").isNull();
    }
}
