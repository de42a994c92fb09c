package org.campaignmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Optional;
import org.campaignmodel.constraints.QuantityRange;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.meta.AddedIn;
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

    /**
     * {@return the period a rate is counted over, as an ISO 8601 duration such as {@code P1Y} for "a
     * year", if it is a rate over time (wire format 1.1)}
     */
    @AddedIn("1.1")
    Optional<
                    @Pattern(
                            regexp = "P(?=[0-9]|T[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?"
                                    + "(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?",
                            message = "{campaign.period.invalid}")
                    String>
            getPeriod();

    /**
     * {@return what a rate is counted per, such as 250 students for "one counselor per 250
     * students", if it is one (wire format 1.1)}
     */
    @AddedIn("1.1")
    Optional<@Valid RateBasis> getPer();

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
        String number = switch (getComparison()) {
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
        String per = getPer().map(basis -> " per " + Units.format(basis.getAmount(), basis.getUnit()))
                .orElse("");
        return number + per + getPeriod().map(Units::period).orElse("");
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
