package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.Optional;
import org.campaignmodel.constraints.SharedBasis;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.Ratios;
import org.immutables.value.Value;

/**
 * A comparison of two shares of one population: "Black students are 8% of enrollment but 25% of
 * arrests". The ratio between them is computed, never typed in: {@code 25 / 8 = 3.125}, so the group
 * is arrested at a rate 3.125 times its share of enrollment.
 */
@Value.Immutable
@CampaignStyle
@SharedBasis
public interface Disparity {
    /** {@return a stable identifier, if given} */
    Optional<@Slug String> getId();

    /** {@return the share being compared, such as 25% of arrests} */
    @Valid
    Statistic getShare();

    /** {@return the share it is compared against, such as 8% of enrollment} */
    @Valid
    Statistic getBaseline();

    /**
     * Returns how many times larger the share is than the baseline, as a quantity in {@code times}
     * that says how sure it is, following the shares' own comparisons: exact shares give an exact
     * ratio (25% over 8% is exactly 3.125); an approximate one gives an approximate ratio ("about
     * 30%" over "about 12%" is about 2.5); bounds give bounds ("more than 30%" over 12% is more than
     * 2.5, 30% over "more than 12%" fewer than 2.5) and ranges give ranges. Worked out to 16
     * significant digits.
     *
     * <p>Two groups' rates on the same basis (wire format 1.1) divide the same way: 12 arrests per
     * 1,000 Black students a year over 3 per 1,000 white students is exactly 4.
     *
     * @return the ratio; empty unless both are percentages or rates on the same basis (the same unit,
     *     per the same amount over the same period), and where the baseline may be zero
     *     or nothing bounds the ratio (more than 30% over more than 12% could be any ratio)
     */
    default Optional<Quantity> getRatio() {
        return Ratios.of(getShare().getValue(), getBaseline().getValue());
    }

    /**
     * Returns the disparity between two shares.
     *
     * @param share the share being compared
     * @param baseline the share it is compared against
     * @return the disparity
     */
    static Disparity of(Statistic share, Statistic baseline) {
        return builder().share(share).baseline(baseline).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Disparity}; start with {@link Disparity#builder()}. */
    final class Builder extends ImmutableDisparity.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
