package org.campaignmodel;

import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.AttendanceDetails;
import org.campaignmodel.constraints.EndsAfterStart;
import org.campaignmodel.constraints.ExistingTimes;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * A scheduled event: a rally, a meeting, a virtual letter-writing night. Times are local wall-clock
 * times with the IANA time zone they are in, so that an offset is always derived correctly, daylight
 * saving included.
 */
@Value.Immutable
@CampaignStyle
@EndsAfterStart
@ExistingTimes
@AttendanceDetails
public interface Event {
    /** {@return a stable identifier, if given} */
    Optional<@Slug String> getId();

    /** {@return the event's name} */
    @Text(max = 300)
    String getName();

    /** {@return what happens there, if described} */
    Optional<@Text(max = 5000, multiline = true) String> getDescription();

    /** {@return when it starts, on the clock of its time zone} */
    LocalDateTime getStart();

    /** {@return when it ends, on the clock of its time zone, if stated} */
    Optional<LocalDateTime> getEnd();

    /** {@return the IANA time zone its times are in, such as America/Los_Angeles} */
    ZoneId getZone();

    /** {@return whether people come to a venue, join online, or either} */
    AttendanceMode getAttendanceMode();

    /** {@return where it is held, for in-person and hybrid events} */
    Optional<@Valid Place> getVenue();

    /** {@return where to join online, for online and hybrid events} */
    Optional<@HttpUrl String> getOnlineUrl();

    /** {@return where to sign up, if signing up is needed} */
    Optional<@HttpUrl String> getRegistrationUrl();

    /** {@return who holds it; possibly empty} */
    @MaxItems(50)
    List<@Valid Organization> getOrganizers();

    /** {@return who speaks or appears; possibly empty} */
    @MaxItems(50)
    List<@Valid Person> getSpeakers();

    /** {@return whether it goes ahead as planned; scheduled unless set} */
    @Value.Default
    default EventStatus getStatus() {
        return EventStatus.SCHEDULED;
    }

    /** {@return the start it had before it was rescheduled, if it was} */
    Optional<LocalDateTime> getPreviousStart();

    /**
     * Returns data other projects attach, keyed by namespace (a reverse domain name such as {@code
     * org.example.crm}). Each value is JSON text; the JSON binding writes and reads it as a JSON value
     * and keeps it through a round trip.
     *
     * @return the extension data; possibly empty
     */
    @Extensions
    Map<String, String> getExtensions();

    /** {@return the start as a point in time in the event's zone} */
    default ZonedDateTime startsAt() {
        return getStart().atZone(getZone());
    }

    /** {@return the end as a point in time in the event's zone, if stated} */
    default Optional<ZonedDateTime> endsAt() {
        return getEnd().map(end -> end.atZone(getZone()));
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Event}; start with {@link Event#builder()}. */
    final class Builder extends ImmutableEvent.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
