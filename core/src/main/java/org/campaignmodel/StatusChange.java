package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.meta.AddedIn;
import org.immutables.value.Value;

/** One step in a demand's history: it reached a status on a date, on the strength of some evidence. */
@Value.Immutable
@CampaignStyle
public interface StatusChange {
    /** {@return the status reached} */
    DemandStatus getStatus();

    /** {@return when it was reached} */
    FuzzyDate getDate();

    /** {@return what shows it, such as a board resolution or a budget; possibly empty} */
    @MaxItems(20)
    List<@Valid Citation> getEvidence();

    /** {@return the vote that brought the change, such as the board's vote to adopt, if there was one (wire format 1.1)} */
    @AddedIn("1.1")
    Optional<@Valid Vote> getVote();

    /** {@return a short note on the change, if any} */
    Optional<@Text(max = 2000, multiline = true) String> getNote();

    /**
     * Returns a status change without evidence.
     *
     * @param status the status reached
     * @param date when
     * @return the status change
     */
    static StatusChange of(DemandStatus status, FuzzyDate date) {
        return builder().status(status).date(date).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StatusChange}; start with {@link StatusChange#builder()}. */
    final class Builder extends ImmutableStatusChange.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
