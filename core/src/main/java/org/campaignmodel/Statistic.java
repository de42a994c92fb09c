package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * A figure a campaign cites: what is measured, of which population, against which denominator, as of
 * when and from which source, with the number as stated. "Black students make up 8% of enrollment" has
 * the measure "share of enrollment", the population "Black students", the denominator "all students
 * enrolled" and the value {@code EXACTLY 8 percent}.
 */
@Value.Immutable
@CampaignStyle
public interface Statistic {
    /** {@return a stable identifier, so that article blocks and disparities can refer to it, if given} */
    Optional<@Slug String> getId();

    /** {@return what is measured, such as "sworn school police officers" or "share of arrests"} */
    @Text(max = 300)
    String getMeasure();

    /** {@return whom or what it is measured of, such as "Black students", if stated} */
    Optional<@Text(max = 300) String> getPopulation();

    /** {@return what a share or rate is taken of, such as "all LAUSD students", if stated} */
    Optional<@Text(max = 300) String> getDenominator();

    /** {@return the number as stated} */
    @Valid
    Quantity getValue();

    /** {@return the whole the value is part of, such as the $78 million budget a cut came from} */
    Optional<@Valid Quantity> getTotal();

    /** {@return when the figure holds, if stated} */
    Optional<FuzzyDate> getAsOf();

    /** {@return the sources it comes from; possibly empty} */
    @MaxItems(20)
    List<@Valid Citation> getSources();

    /** {@return the words of the source, such as "more than 200 sworn officers", if kept} */
    Optional<@Text(max = 200) String> getPhrase();

    /**
     * Returns data other projects attach, keyed by namespace (a reverse domain name such as {@code
     * org.example.crm}). Each value is JSON text; the JSON binding writes and reads it as a JSON value
     * and keeps it through a round trip.
     *
     * @return the extension data; possibly empty
     */
    @Extensions
    Map<String, String> getExtensions();

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Statistic}; start with {@link Statistic#builder()}. */
    final class Builder extends ImmutableStatistic.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
