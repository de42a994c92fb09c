package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.Optional;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** An organization's membership in a campaign's coalition, with its role and when it held it. */
@Value.Immutable
@CampaignStyle
public interface Membership {
    /** {@return the member organization} */
    @Valid
    Organization getOrganization();

    /** {@return the part it plays, such as "convener" or "member", if stated} */
    Optional<@Text(max = 300) String> getRole();

    /** {@return when the membership began, if known} */
    Optional<FuzzyDate> getSince();

    /** {@return when the membership ended, if it has} */
    Optional<FuzzyDate> getUntil();

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Membership}; start with {@link Membership#builder()}. */
    final class Builder extends ImmutableMembership.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
