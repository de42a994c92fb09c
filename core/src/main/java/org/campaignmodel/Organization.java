package org.campaignmodel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** An organization: a coalition, a school district, a newsroom, a government body or office. */
@Value.Immutable
@CampaignStyle
public non-sealed interface Organization extends Actor {
    /** {@return a stable identifier to refer to it by, such as {@code lausd}, if one is given} */
    Optional<@Slug String> getId();

    /** {@return the name the organization goes by, such as "Los Angeles Unified School District"} */
    @Override
    @Text(max = 300)
    String getName();

    /** {@return other names it is known by, such as "LAUSD"; possibly empty} */
    @Override
    @MaxItems(20)
    List<@Text(max = 300) String> getAliases();

    /** {@return its web site, if known} */
    Optional<@HttpUrl String> getUrl();

    /**
     * Returns data other projects attach, keyed by namespace (a reverse domain name such as {@code
     * org.example.crm}). Each value is JSON text; the JSON binding writes and reads it as a JSON value
     * and keeps it through a round trip.
     *
     * @return the extension data; possibly empty
     */
    @Extensions
    Map<String, String> getExtensions();

    /**
     * Returns an organization with just a name.
     *
     * @param name the name
     * @return the organization
     */
    static Organization of(String name) {
        return builder().name(name).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Organization}; start with {@link Organization#builder()}. */
    final class Builder extends ImmutableOrganization.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
