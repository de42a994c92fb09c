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
import org.campaignmodel.internal.meta.AddedIn;
import org.immutables.value.Value;

/** Something that happened at a point of a campaign's history, dated as the source dates it. */
@Value.Immutable
@CampaignStyle
public interface TimelineEvent {
    /** {@return a stable identifier, if given} */
    Optional<@Slug String> getId();

    /** {@return when it happened, as precisely as the source says} */
    FuzzyDate getDate();

    /** {@return a short title} */
    @Text(max = 300)
    String getTitle();

    /** {@return what happened, in a few sentences, if more than the title is needed} */
    Optional<@Text(max = 5000, multiline = true) String> getDescription();

    /** {@return what sort of thing happened, if classified} */
    Optional<TimelineEventKind> getKind();

    /** {@return the people and organizations that acted; possibly empty} */
    @MaxItems(50)
    List<@Valid Actor> getActors();

    /** {@return sums of money involved; possibly empty} */
    @MaxItems(20)
    List<@Valid MonetaryAmount> getAmounts();

    /** {@return figures that belong to this moment; possibly empty} */
    @MaxItems(50)
    List<@Valid Statistic> getStatistics();

    /** {@return sources for it; possibly empty} */
    @MaxItems(50)
    List<@Valid Citation> getCitations();

    /** {@return an image for it, if any} */
    Optional<@Valid Image> getImage();

    /** {@return the vote by which a body decided what the entry records, if it was one (wire format 1.1)} */
    @AddedIn("1.1")
    Optional<@Valid Vote> getVote();

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

    /** Builds a {@link TimelineEvent}; start with {@link TimelineEvent#builder()}. */
    final class Builder extends ImmutableTimelineEvent.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
