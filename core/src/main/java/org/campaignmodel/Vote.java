package org.campaignmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.constraints.UnanimousVote;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * How a body decided by vote, after Popolo's vote events: who voted, how it came out, and the
 * counts as far as they are known (wire format 1.1). "Passed unanimously" is a result of {@code
 * passed} with {@code unanimous}; "4 to 3" is 4 in favor and 3 against.
 */
@Value.Immutable
@CampaignStyle
@UnanimousVote
public interface Vote {
    /** {@return the body that voted, such as a board of education, if named} */
    Optional<@Valid Organization> getBody();

    /** {@return how it came out} */
    VoteResult getResult();

    /** {@return how many voted in favor, if known} */
    Optional<@PositiveOrZero(message = "{campaign.vote.count.negative}") Integer> getInFavor();

    /** {@return how many voted against, if known} */
    Optional<@PositiveOrZero(message = "{campaign.vote.count.negative}") Integer> getAgainst();

    /** {@return how many abstained, if known} */
    Optional<@PositiveOrZero(message = "{campaign.vote.count.negative}") Integer> getAbstaining();

    /** {@return how many members were absent, if known} */
    Optional<@PositiveOrZero(message = "{campaign.vote.count.negative}") Integer> getAbsent();

    /** {@return true when every member who voted voted the same way, if the source says so} */
    Optional<Boolean> getUnanimous();

    /** {@return the words of the source, such as "passed 4 to 3", if kept} */
    Optional<@Text(max = 200) String> getPhrase();

    /**
     * Returns a vote with its result alone.
     *
     * @param result how it came out
     * @return the vote
     */
    static Vote of(VoteResult result) {
        return builder().result(result).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Vote}; start with {@link Vote#builder()}. */
    final class Builder extends ImmutableVote.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
