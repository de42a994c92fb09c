package org.campaignmodel;

import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** A physical place: a venue, a city, a school district's area. */
@Value.Immutable
@CampaignStyle
public interface Place {
    /** {@return the place's name, such as a venue's, if it has one} */
    Optional<@Text(max = 300) String> getName();

    /** {@return the street address, if known} */
    Optional<@Text(max = 300) String> getStreetAddress();

    /** {@return the city or town, such as "Oakland", if known} */
    Optional<@Text(max = 300) String> getLocality();

    /** {@return the state or region, such as "CA", if known} */
    Optional<@Text(max = 100) String> getRegion();

    /** {@return the ISO 3166-1 alpha-2 country code, such as "US", if known} */
    Optional<@Pattern(regexp = "[A-Z]{2}", message = "{campaign.country.invalid}") String> getCountry();

    /** Refuses a place that says nothing about where it is. */
    @Value.Check
    default void check() {
        if (getName().isEmpty()
                && getStreetAddress().isEmpty()
                && getLocality().isEmpty()
                && getRegion().isEmpty()
                && getCountry().isEmpty()) {
            throw new IllegalStateException(
                    "Cannot build Place: set at least one of name, streetAddress, locality, region or country.");
        }
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Place}; start with {@link Place#builder()}. */
    final class Builder extends ImmutablePlace.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
