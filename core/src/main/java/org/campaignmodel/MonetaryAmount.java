package org.campaignmodel;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import org.campaignmodel.constraints.CurrencyCode;
import org.campaignmodel.constraints.MoneyRange;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.meta.AddedIn;
import org.immutables.value.Value;

/**
 * An amount of money in an ISO 4217 currency. The amount keeps every digit it was given; words such as
 * "million" belong only in the phrase.
 */
@Value.Immutable
@CampaignStyle
@MoneyRange
public interface MonetaryAmount {
    /** {@return the amount, such as 25000000} */
    @PositiveOrZero(message = "{campaign.money.negative}")
    BigDecimal getAmount();

    /** {@return the ISO 4217 currency code, such as "USD"} */
    @CurrencyCode
    String getCurrency();

    /**
     * {@return how the stated amount relates to the true one, if it is not exact: {@code
     * APPROXIMATELY} for "about $25 million", {@code BETWEEN} with a maximum (wire format 1.1)}
     */
    @AddedIn("1.1")
    Optional<Comparison> getComparison();

    /**
     * {@return the upper end of a range of money; present exactly when the comparison is {@code
     * BETWEEN} (wire format 1.1)}
     */
    @AddedIn("1.1")
    Optional<@PositiveOrZero(message = "{campaign.money.negative}") BigDecimal> getMaximum();

    /** Keeps the maximum with ranges, where it belongs. */
    @Value.Check
    default void check() {
        if ((getComparison().orElse(Comparison.EXACTLY) == Comparison.BETWEEN)
                != getMaximum().isPresent()) {
            throw new IllegalStateException(
                    "Cannot build MonetaryAmount: set maximum for a BETWEEN range, and only for one.");
        }
    }

    /** {@return the words of the source, such as "$25 million", if kept} */
    Optional<@Text(max = 200) String> getPhrase();

    /**
     * Returns an amount of money.
     *
     * @param amount the amount
     * @param currency the ISO 4217 currency code, such as "USD"
     * @return the monetary amount
     */
    static MonetaryAmount of(BigDecimal amount, String currency) {
        return builder().amount(amount).currency(currency).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MonetaryAmount}; start with {@link MonetaryAmount#builder()}. */
    final class Builder extends ImmutableMonetaryAmount.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
