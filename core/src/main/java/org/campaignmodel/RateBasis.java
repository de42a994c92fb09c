package org.campaignmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * What a rate is counted per: the "250 students" of "one counselor per 250 students", or the
 * "1,000 students" of "arrests per 1,000 students" (wire format 1.1).
 */
@Value.Immutable
@CampaignStyle
public interface RateBasis {
    /** {@return how many of the unit, such as 250; more than zero} */
    @Positive(message = "{campaign.rate.basis.positive}")
    BigDecimal getAmount();

    /** {@return what is counted, such as the named unit "students"} */
    @Valid
    Unit getUnit();

    /**
     * Returns a basis.
     *
     * @param amount how many, such as 250
     * @param unit of what, such as {@code Unit.named("students")}
     * @return the basis
     */
    static RateBasis of(BigDecimal amount, Unit unit) {
        return builder().amount(amount).unit(unit).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link RateBasis}; start with {@link RateBasis#builder()}. */
    final class Builder extends ImmutableRateBasis.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
