package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.Optional;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * Whom a demand or call to action is aimed at: a person, the seat they hold, or a body as a whole. A
 * seat ("Superintendent of LAUSD") outlives whoever holds it, so name both where the source does.
 */
@Value.Immutable
@CampaignStyle
public interface DecisionMaker {
    /** {@return a stable identifier to refer to this target by, if one is given} */
    Optional<@Slug String> getId();

    /** {@return the person targeted, such as the current superintendent, if named} */
    Optional<@Valid Person> getPerson();

    /** {@return the seat or office targeted, such as "Superintendent", if named} */
    Optional<@Text(max = 300) String> getSeat();

    /** {@return the organization the seat belongs to, or the body targeted as a whole, if named} */
    Optional<@Valid Organization> getOrganization();

    /** Refuses a target that names nobody: such an object would be meaningless. */
    @Value.Check
    default void check() {
        if (getPerson().isEmpty() && getSeat().isEmpty() && getOrganization().isEmpty()) {
            throw new IllegalStateException(
                    "Cannot build DecisionMaker: set at least one of person, seat or organization.");
        }
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DecisionMaker}; start with {@link DecisionMaker#builder()}. */
    final class Builder extends ImmutableDecisionMaker.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
