package org.campaignmodel;

import org.campaignmodel.constraints.Slug;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** A place in an article's body where one of a campaign's statistics is shown. */
@Value.Immutable
@CampaignStyle
public non-sealed interface StatisticReference extends Block {
    /** {@return the id of the campaign the statistic belongs to} */
    @Slug
    String getCampaignId();

    /** {@return the statistic's id within the campaign} */
    @Slug
    String getStatisticId();

    /**
     * Returns a reference to a statistic.
     *
     * @param campaignId the campaign's id
     * @param statisticId the statistic's id
     * @return the reference
     */
    static StatisticReference of(String campaignId, String statisticId) {
        return builder().campaignId(campaignId).statisticId(statisticId).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StatisticReference}; {@link StatisticReference#of} is shorter. */
    final class Builder extends ImmutableStatisticReference.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
