package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** Something a campaign asks its readers to do: back a bill, sign up, write to a decision-maker. */
@Value.Immutable
@CampaignStyle
public interface CallToAction {
    /** {@return a stable identifier, if given} */
    Optional<@Slug String> getId();

    /** {@return the short ask, such as "Support SB 627"} */
    @Text(max = 300)
    String getTitle();

    /** {@return why and how, in a few sentences, if more than the title is needed} */
    Optional<@Text(max = 5000, multiline = true) String> getDescription();

    /** {@return what sort of action it asks for} */
    ActionKind getKind();

    /** {@return where to act, if online} */
    Optional<@HttpUrl String> getUrl();

    /** {@return the bill it concerns, if any} */
    Optional<@Valid LegislationReference> getLegislation();

    /** {@return whom readers should contact, if anyone; possibly empty} */
    @MaxItems(50)
    List<@Valid DecisionMaker> getTargets();

    /** {@return the date by which to act, if there is one} */
    Optional<FuzzyDate> getDeadline();

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

    /** Builds a {@link CallToAction}; start with {@link CallToAction#builder()}. */
    final class Builder extends ImmutableCallToAction.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
