package org.campaignmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.DeadlineAfterStart;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.StatusHistoryOrder;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.meta.AddedIn;
import org.immutables.value.Value;

/**
 * Something a campaign asks its decision-makers to do, with the number the campaign gave it, what it
 * asks for, whom it is aimed at and how it has fared.
 */
@Value.Immutable
@CampaignStyle
@StatusHistoryOrder
@DeadlineAfterStart
public interface Demand {
    /** {@return the number the campaign gave it, counting from 1; stored, not derived from list order} */
    @Positive(message = "{campaign.demand.number.positive}")
    int getNumber();

    /** {@return a short title, such as "Eliminate the school police department"} */
    @Text(max = 300)
    String getTitle();

    /** {@return the demand in full, if the title does not say it all} */
    Optional<@Text(max = 5000, multiline = true) String> getDetail();

    /** {@return what it asks the decision-makers to do} */
    DemandAction getAction();

    /** {@return whom it is aimed at; possibly empty when the campaign's targets apply} */
    @MaxItems(50)
    List<@Valid DecisionMaker> getTargets();

    /** {@return the concrete things it asks for, such as "counselors" or "safe passages"; possibly empty} */
    @MaxItems(100)
    List<@Text(max = 300) String> getItems();

    /**
     * {@return the date by which the campaign wants it met, if it set one, such as the next budget
     * vote (wire format 1.1)}
     */
    @AddedIn("1.1")
    Optional<FuzzyDate> getDeadline();

    /** {@return the money it asks for, if it names a sum} */
    Optional<@Valid MonetaryAmount> getMoney();

    /** {@return how it has fared, oldest first; possibly empty} */
    @MaxItems(100)
    List<@Valid StatusChange> getStatusHistory();

    /** {@return documents it builds on, such as a resolution it asks to carry out; possibly empty} */
    @MaxItems(50)
    List<@Valid Citation> getReferences();

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
     * Returns where the demand stands now.
     *
     * @return the status of the latest step in its history; empty if it has none
     */
    default Optional<DemandStatus> currentStatus() {
        List<StatusChange> history = getStatusHistory();
        return history.isEmpty()
                ? Optional.empty()
                : Optional.of(history.get(history.size() - 1).getStatus());
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Demand}; start with {@link Demand#builder()}. */
    final class Builder extends ImmutableDemand.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
