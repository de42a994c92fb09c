package org.campaignmodel;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A published story about one or more campaigns, with its body as typed blocks in reading order. */
@Value.Immutable
@CampaignStyle
public interface Article {
    /** {@return a stable identifier or slug, such as "police-free-lausd-alternatives"} */
    String getId();

    /** {@return the headline} */
    String getHeadline();

    /** {@return the line under the headline that sums the story up, if any} */
    Optional<String> getDek();

    /** {@return who wrote it; possibly empty} */
    List<Person> getBylines();

    /** {@return when it was published: a day or a date and time, if known} */
    Optional<FuzzyDate> getPublished();

    /** {@return when it was last changed, if it was} */
    Optional<FuzzyDate> getUpdated();

    /** {@return the language it is written in, as a BCP 47 tag such as "en" or "es-US", if stated} */
    Optional<String> getLanguage();

    /** {@return the section of the site it belongs to, if any} */
    Optional<String> getSection();

    /** {@return its tags; possibly empty} */
    List<String> getTags();

    /** {@return the image that leads it, if any} */
    Optional<Image> getLeadImage();

    /** {@return the body, block by block in reading order} */
    List<Block> getBody();

    /** {@return the sources it cites; possibly empty} */
    List<Citation> getCitations();

    /** {@return the teaser links shown with it; possibly empty} */
    List<RelatedStory> getRelatedStories();

    /** {@return what it asks readers to do; possibly empty} */
    List<CallToAction> getCallsToAction();

    /** {@return the ids of the campaigns it covers; possibly empty} */
    List<String> getCampaignIds();

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
