package org.campaignmodel;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.campaignmodel.constraints.SharedBasis;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.internal.CampaignStyle;
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
     * Returns how many times larger the share is than the baseline.
     *
     * @return the share's value divided by the baseline's, to 16 significant digits; empty unless both
     *     are exact percentages and the baseline is not zero
     */
    default Optional<BigDecimal> getRatio() {
        Quantity share = getShare().getValue();
        Quantity baseline = getBaseline().getValue();
        if (share.getUnit().getKind() != Unit.Kind.PERCENT
                || baseline.getUnit().getKind() != Unit.Kind.PERCENT
                || share.getComparison() != Comparison.EXACTLY
                || baseline.getComparison() != Comparison.EXACTLY
                || baseline.getValue().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(share.getValue()
                .divide(baseline.getValue(), MathContext.DECIMAL64)
                .stripTrailingZeros());
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
