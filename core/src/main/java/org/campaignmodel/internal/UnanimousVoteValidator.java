package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.campaignmodel.Vote;
import org.campaignmodel.constraints.UnanimousVote;

/** Checks {@link UnanimousVote}. */
public final class UnanimousVoteValidator implements ConstraintValidator<UnanimousVote, Vote> {
    /** Created by the Jakarta Validation provider. */
    public UnanimousVoteValidator() {}

    @Override
    public boolean isValid(Vote vote, ConstraintValidatorContext context) {
        if (vote == null
                || !vote.getUnanimous().orElse(false)
                || vote.getInFavor().orElse(0) == 0
                || vote.getAgainst().orElse(0) == 0) {
            return true;
        }
        Violations.start(context);
        Violations.at(context, "vote.unanimous.split", "unanimous");
        return false;
    }
}
