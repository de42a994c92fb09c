package org.campaignmodel;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import org.campaignmodel.constraints.CurrencyCode;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * An amount of money in an ISO 4217 currency. The amount keeps every digit it was given; words such as
 * "million" belong only in the phrase.
 */
@Value.Immutable
@CampaignStyle
public interface MonetaryAmount {
    /** {@return the amount, such as 25000000} */
    @PositiveOrZero(message = "{campaign.money.negative}")
    BigDecimal getAmount();

    /** {@return the ISO 4217 currency code, such as "USD"} */
    @CurrencyCode
    String getCurrency();

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
