package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.Optional;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * One dated step in a bill's history, such as its passage by the state senate (wire format 1.1).
 */
@Value.Immutable
@CampaignStyle
public interface LegislativeAction {
    /** {@return when it happened} */
    FuzzyDate getDate();

    /** {@return what happened} */
    LegislativeActionKind getAction();

    /** {@return the chamber it happened in, such as "Senate" or "Assembly", if it was in one} */
    Optional<@Text(max = 100) String> getChamber();

    /** {@return the step in the legislature's own words, such as "Chaptered by Secretary of State", if kept} */
    Optional<@Text(max = 500) String> getDescription();

    /** {@return the vote taken, for a step decided by one} */
    Optional<@Valid Vote> getVote();

    /**
     * Returns a step with its date and kind.
     *
     * @param date when it happened
     * @param action what happened
     * @return the step
     */
    static LegislativeAction of(FuzzyDate date, LegislativeActionKind action) {
        return builder().date(date).action(action).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LegislativeAction}; start with {@link LegislativeAction#builder()}. */
    final class Builder extends ImmutableLegislativeAction.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
