package org.campaignmodel;

import jakarta.validation.constraints.Positive;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** A place in an article's body where one of a campaign's demands is shown, by its stated number. */
@Value.Immutable
@CampaignStyle
public non-sealed interface DemandReference extends Block {
    /** {@return the id of the campaign the demand belongs to} */
    @Slug
    String getCampaignId();

    /** {@return the demand's stated number} */
    @Positive(message = "{campaign.demand.number.positive}")
    int getDemandNumber();

    /**
     * Returns a reference to a demand.
     *
     * @param campaignId the campaign's id
     * @param demandNumber the demand's stated number
     * @return the reference
     */
    static DemandReference of(String campaignId, int demandNumber) {
        return builder().campaignId(campaignId).demandNumber(demandNumber).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DemandReference}; {@link DemandReference#of} is shorter. */
    final class Builder extends ImmutableDemandReference.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
