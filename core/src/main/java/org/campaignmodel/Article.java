package org.campaignmodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.DistinctLanguageVersions;
import org.campaignmodel.constraints.DistinctRelatedStories;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.LanguageTag;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.internal.meta.AddedIn;
import org.campaignmodel.validation.Published;
import org.immutables.value.Value;

/** A published story about one or more campaigns, with its body as typed blocks in reading order. */
@Value.Immutable
@CampaignStyle
@DistinctRelatedStories
@DistinctLanguageVersions
public interface Article {
    /** {@return a stable identifier or slug, such as "police-free-lausd-alternatives"} */
    @Slug
    String getId();

    /** {@return the headline} */
    @Text(max = 300)
    String getHeadline();

    /** {@return the line under the headline that sums the story up, if any} */
    Optional<@Text(max = 500) String> getDek();

    /** {@return who wrote it; possibly empty} */
    @MaxItems(20)
    @NotEmpty(groups = Published.class, message = "{campaign.published.bylines}")
    List<@Valid Person> getBylines();

    /** {@return when it was published: a day or a date and time, if known} */
    Optional<@NotNull(groups = Published.class, message = "{campaign.published.date}") FuzzyDate> getPublished();

    /** {@return when it was last changed, if it was} */
    Optional<FuzzyDate> getUpdated();

    /** {@return the language it is written in, as a BCP 47 tag such as "en" or "es-US", if stated} */
    Optional<@NotNull(groups = Published.class, message = "{campaign.published.language}") @LanguageTag String>
            getLanguage();

    /** {@return the section of the site it belongs to, if any} */
    Optional<@Text(max = 100) String> getSection();

    /** {@return its tags; possibly empty} */
    @MaxItems(50)
    List<@Text(max = 100) String> getTags();

    /** {@return the image that leads it, if any} */
    Optional<@Valid Image> getLeadImage();

    /** {@return the body, block by block in reading order} */
    @MaxItems(2000)
    List<@Valid Block> getBody();

    /** {@return the sources it cites; possibly empty} */
    @MaxItems(200)
    List<@Valid Citation> getCitations();

    /** {@return the teaser links shown with it; possibly empty} */
    @MaxItems(100)
    List<@Valid RelatedStory> getRelatedStories();

    /** {@return what it asks readers to do; possibly empty} */
    @MaxItems(20)
    List<@Valid CallToAction> getCallsToAction();

    /** {@return the ids of the campaigns it covers; possibly empty} */
    @MaxItems(20)
    List<@Slug String> getCampaignIds();

    /**
     * {@return the same article in other languages, such as its Spanish edition; possibly empty
     * (wire format 1.1)}
     */
    @AddedIn("1.1")
    @MaxItems(20)
    List<@Valid LanguageVersion> getLanguageVersions();

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

    /** Builds an {@link Article}; start with {@link Article#builder()}. */
    final class Builder extends ImmutableArticle.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
