package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * A campaign's history as a list of events. The events are kept in the order the source gives them;
 * {@link #chronological()} orders them by date.
 */
@Value.Immutable
@CampaignStyle
public interface Timeline {
    /** {@return the timeline's title, if it has one} */
    Optional<@Text(max = 300) String> getTitle();

    /** {@return the events in source order} */
    @MaxItems(1000)
    List<@Valid TimelineEvent> getEvents();

    /**
     * Returns the events ordered by date. The order is deterministic: events whose dates cannot be
     * told apart (such as "by 2014" and "that same year") keep their source order, and an event with a
     * relative date ("later") stays right after the event before it in source order, moving with it.
     * Relative events at the very start stay first.
     *
     * @return the events in chronological order
     */
    default List<TimelineEvent> chronological() {
        List<List<TimelineEvent>> runs = new ArrayList<>();
        List<TimelineEvent> leading = new ArrayList<>();
        for (TimelineEvent event : getEvents()) {
            if (event.getDate().getKind() != FuzzyDate.Kind.RELATIVE) {
                runs.add(new ArrayList<>(List.of(event)));
            } else if (runs.isEmpty()) {
                leading.add(event);
            } else {
                runs.get(runs.size() - 1).add(event);
            }
        }
        // List.sort is stable, so runs with equal dates keep their source order.
        runs.sort((a, b) ->
                FuzzyDate.CHRONOLOGICAL.compare(a.get(0).getDate(), b.get(0).getDate()));
        List<TimelineEvent> ordered = new ArrayList<>(leading);
        runs.forEach(ordered::addAll);
        return List.copyOf(ordered);
    }

    /**
     * Returns a timeline of the given events.
     *
     * @param events the events, in source order
     * @return the timeline
     */
    static Timeline of(List<TimelineEvent> events) {
        return builder().events(events).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Timeline}; start with {@link Timeline#builder()}. */
    final class Builder extends ImmutableTimeline.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
