package org.campaignmodel.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.campaignmodel.testing.ApiListing;
import org.junit.jupiter.api.Test;

/** campaign-format's public API is the committed listing: any change is a visible decision in review. */
final class ApiListingTest {
    @Test
    void shouldMatchTheCommittedListing() {
        String problem = ApiListing.check(
                Limits.class,
                Path.of("api", "campaign-format.txt"),
                "./mvnw -pl format test -Dtest=ApiListingTest -Dapi.accept=true");

        assertThat(problem).as("API listing").isNull();
    }

    @Test
    void shouldShowTheSharedTypesButNoCodec() {
        String listing = ApiListing.of(Limits.class);

        assertThat(listing)
                .contains("org.campaignmodel.format.Limits abstract class")
                .contains("org.campaignmodel.format.DocumentException abstract class")
                .contains("org.campaignmodel.format.CampaignFormat interface")
                .contains(
                        "exports org.campaignmodel.format.internal to org.campaignmodel.jackson2, org.campaignmodel.json")
                .doesNotContain("TokenReader")
                .doesNotContain("ModelReaders");
    }
}
