package org.campaignmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.meta.AddedIn;
import org.campaignmodel.validation.Published;
import org.immutables.value.Value;

/**
 * A teaser link to another story: what a site lists under "related" or "more from us". A teaser for
 * an event or a call to action carries it, so that its time, place or bill is data rather than text.
 */
@Value.Immutable
@CampaignStyle
public interface RelatedStory {
    /** {@return a stable identifier, such as the story's slug, if given} */
    Optional<@Slug String> getId();

    /** {@return where the story is, if known} */
    Optional<@NotNull(groups = Published.class, message = "{campaign.published.url}") @HttpUrl String> getUrl();

    /** {@return the story's headline, if the teaser shows one} */
    Optional<@NotNull(groups = Published.class, message = "{campaign.published.headline}") @Text(max = 300) String>
            getHeadline();

    /** {@return the teaser's summary, if it shows one} */
    Optional<@Text(max = 2000, multiline = true) String> getSummary();

    /** {@return who wrote the story; possibly empty} */
    @MaxItems(20)
    List<@Valid Person> getBylines();

    /** {@return when the story was published, if shown} */
    Optional<FuzzyDate> getDate();

    /** {@return the teaser's image, if any} */
    Optional<@Valid Image> getImage();

    /** {@return what the link leads to} */
    StoryKind getKind();

    /**
     * {@return the ids of the campaigns the story is about, as an article names them; possibly empty
     * (wire format 1.1)}
     */
    @AddedIn("1.1")
    @MaxItems(20)
    List<@Slug String> getCampaignIds();

    /** {@return the event the story announces, if it is an event teaser} */
    Optional<@Valid Event> getEvent();

    /** {@return the action the story asks for, if it is a call to action} */
    Optional<@Valid CallToAction> getCallToAction();

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

    /** Builds a {@link RelatedStory}; start with {@link RelatedStory#builder()}. */
    final class Builder extends ImmutableRelatedStory.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
