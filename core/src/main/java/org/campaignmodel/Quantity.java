package org.campaignmodel;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Optional;
import org.campaignmodel.constraints.QuantityRange;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * A number as a source states it: a value, how it compares with the true number, and its unit. "More
 * than 200 sworn officers" is {@code MORE_THAN 200 count}; "between 5 and 10" is {@code BETWEEN} with a
 * maximum.
 */
@Value.Immutable
@CampaignStyle
@QuantityRange
public interface Quantity {
    /** {@return how the stated value relates to the true one} */
    Comparison getComparison();

    /** {@return the stated value, or the lower end of a range} */
    BigDecimal getValue();

    /** {@return the upper end of a range; present exactly when the comparison is {@code BETWEEN}} */
    Optional<BigDecimal> getMaximum();

    /** {@return what the value counts in} */
    @Valid
    Unit getUnit();

    /** {@return the words of the source, such as "more than 200", if kept} */
    Optional<@Text(max = 200) String> getPhrase();

    /** Keeps the maximum with ranges, where it belongs. */
    @Value.Check
    default void check() {
        if ((getComparison() == Comparison.BETWEEN) != getMaximum().isPresent()) {
            throw new IllegalStateException(
                    "Cannot build Quantity: set maximum for a BETWEEN range, and only for one.");
        }
    }

    /**
     * Describes the number in plain English with its comparison and unit: {@code more than 200},
     * {@code 8%}, {@code about $25,000,000}, {@code between 5 and 10 hours}. Money is written with its
     * currency's symbol in US English; digits are grouped by thousands.
     *
     * @return the description
     */
    default String describe() {
        String value = Units.format(getValue(), getUnit());
        return switch (getComparison()) {
            case EXACTLY -> value;
            case APPROXIMATELY -> "about " + value;
            case MORE_THAN -> "more than " + value;
            case AT_LEAST -> "at least " + value;
            case FEWER_THAN -> "fewer than " + value;
            case AT_MOST -> "at most " + value;
            case BETWEEN ->
                "between " + Units.format(getValue(), Unit.count()) + " and "
                        + Units.format(getMaximum().orElse(getValue()), getUnit());
        };
    }

    /**
     * Returns an exact quantity.
     *
     * @param value the value
     * @param unit the unit
     * @return the quantity
     */
    static Quantity exactly(BigDecimal value, Unit unit) {
        return of(Comparison.EXACTLY, value, unit);
    }

    /**
     * Returns a quantity with the given comparison.
     *
     * @param comparison how the value relates to the true one; not {@code BETWEEN}, which needs a maximum
     * @param value the value
     * @param unit the unit
     * @return the quantity
     */
    static Quantity of(Comparison comparison, BigDecimal value, Unit unit) {
        return builder().comparison(comparison).value(value).unit(unit).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Quantity}; start with {@link Quantity#builder()}. */
    final class Builder extends ImmutableQuantity.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
