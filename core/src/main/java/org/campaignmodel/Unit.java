package org.campaignmodel;

import java.util.Optional;
import org.campaignmodel.constraints.CurrencyCode;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** What a {@link Quantity} counts in: percent, a plain count, money in a currency, or a named unit. */
@Value.Immutable
@CampaignStyle
public interface Unit {
    /** The four sorts of unit. */
    enum Kind {
        /** Percent: the value is between 0 and 100. */
        PERCENT,
        /** A plain count of things or people. */
        COUNT,
        /** Money in the unit's ISO 4217 currency. */
        MONEY,
        /** Any other unit, named by {@link Unit#getName()}, such as "hours". */
        NAMED
    }

    /** {@return the sort of unit} */
    Kind getKind();

    /** {@return the ISO 4217 currency code for money; empty for every other kind} */
    Optional<@CurrencyCode String> getCurrency();

    /** {@return the unit's name for a named unit, such as "hours"; empty for every other kind} */
    Optional<@Text(max = 100) String> getName();

    /** Keeps the currency and the name with the kinds they belong to. */
    @Value.Check
    default void check() {
        if ((getKind() == Kind.MONEY) != getCurrency().isPresent()) {
            throw new IllegalStateException("Cannot build Unit: a currency is set for money, and only for money.");
        }
        if ((getKind() == Kind.NAMED) != getName().isPresent()) {
            throw new IllegalStateException("Cannot build Unit: a name is set for a named unit, and only for one.");
        }
    }

    /** {@return the percent unit} */
    static Unit percent() {
        return builder().kind(Kind.PERCENT).build();
    }

    /** {@return the unit of plain counts} */
    static Unit count() {
        return builder().kind(Kind.COUNT).build();
    }

    /**
     * Returns money in a currency.
     *
     * @param currency the ISO 4217 currency code, such as "USD"
     * @return the unit
     */
    static Unit money(String currency) {
        return builder().kind(Kind.MONEY).currency(currency).build();
    }

    /**
     * Returns a named unit.
     *
     * @param name the unit's name, such as "hours"
     * @return the unit
     */
    static Unit named(String name) {
        return builder().kind(Kind.NAMED).name(name).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Unit}; {@link Unit#percent()} and its siblings cover the usual cases. */
    final class Builder extends ImmutableUnit.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
