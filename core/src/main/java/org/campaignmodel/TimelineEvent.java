package org.campaignmodel;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Something that happened at a point of a campaign's history, dated as the source dates it. */
@Value.Immutable
@CampaignStyle
public interface TimelineEvent {
    /** {@return a stable identifier, if given} */
    Optional<String> getId();

    /** {@return when it happened, as precisely as the source says} */
    FuzzyDate getDate();

    /** {@return a short title} */
    String getTitle();

    /** {@return what happened, in a few sentences, if more than the title is needed} */
    Optional<String> getDescription();

    /** {@return what sort of thing happened, if classified} */
    Optional<TimelineEventKind> getKind();

    /** {@return the people and organizations that acted; possibly empty} */
    List<Actor> getActors();

    /** {@return sums of money involved; possibly empty} */
    List<MonetaryAmount> getAmounts();

    /** {@return figures that belong to this moment; possibly empty} */
    List<Statistic> getStatistics();

    /** {@return sources for it; possibly empty} */
    List<Citation> getCitations();

    /** {@return an image for it, if any} */
    Optional<Image> getImage();

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
