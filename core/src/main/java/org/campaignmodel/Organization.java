package org.campaignmodel;

import java.util.Optional;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** An organization: a coalition, a school district, a newsroom, a government body or office. */
@Value.Immutable
@CampaignStyle
public non-sealed interface Organization extends Actor {
    /** {@return its web site, if known} */
    Optional<@HttpUrl String> getUrl();

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
