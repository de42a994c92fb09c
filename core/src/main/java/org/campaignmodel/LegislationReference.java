package org.campaignmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.LegislationHistory;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.Legislation;
import org.campaignmodel.internal.meta.AddedIn;
import org.immutables.value.Value;

/** A bill or law, named as legislatures name them: a jurisdiction and an identifier such as "SB 627". */
@Value.Immutable
@CampaignStyle
@LegislationHistory
public interface LegislationReference {
    /** {@return the jurisdiction as an ISO 3166-2 code, such as "US-CA" for California} */
    @Pattern(regexp = "[A-Z]{2}(-[A-Z0-9]{1,3})?", message = "{campaign.jurisdiction.invalid}")
    String getJurisdiction();

    /** {@return the bill's identifier in that jurisdiction, such as "SB 627"} */
    @Text(max = 100)
    String getIdentifier();

    /** {@return the bill's title or popular name, if known} */
    Optional<@Text(max = 300) String> getTitle();

    /** {@return where the bill stands, if known} */
    Optional<LegislationStatus> getStatus();

    /** {@return where to read the bill, if online} */
    Optional<@HttpUrl String> getUrl();

    /**
     * {@return the legislative session it belongs to, such as "2023-2024 Regular Session", if known
     * (wire format 1.1)}
     */
    @AddedIn("1.1")
    Optional<@Text(max = 100) String> getSession();

    /** {@return what happened to it, oldest first; possibly empty (wire format 1.1)} */
    @AddedIn("1.1")
    @MaxItems(200)
    List<@Valid LegislativeAction> getHistory();

    /**
     * Returns where the bill stands: worked out from its history when that says (its latest step
     * that settles a status; a pass in two chambers is {@code PASSED}, chaptering is {@code
     * SIGNED}), otherwise the status as given.
     *
     * @return the current status, if the history or the status says
     */
    default Optional<LegislationStatus> currentStatus() {
        return Legislation.statusFrom(getHistory()).or(this::getStatus);
    }

    /**
     * Returns a reference to a bill.
     *
     * @param jurisdiction the ISO 3166-2 code, such as "US-CA"
     * @param identifier the identifier, such as "SB 627"
     * @return the reference
     */
    static LegislationReference of(String jurisdiction, String identifier) {
        return builder().jurisdiction(jurisdiction).identifier(identifier).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LegislationReference}; start with {@link LegislationReference#builder()}. */
    final class Builder extends ImmutableLegislationReference.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
