package org.campaignmodel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * A list of related stories as a document of its own: what a site shows beside an article, or
 * publishes as a feed.
 */
@Value.Immutable
@CampaignStyle
public interface StoryList {
    /** {@return the list's title, such as "More from the coalition", if it has one} */
    Optional<@Text(max = 300) String> getTitle();

    /** {@return the page the list belongs to, if it has one} */
    Optional<@HttpUrl String> getUrl();

    /** {@return the stories, in the order shown} */
    @MaxItems(1000)
    List<@jakarta.validation.Valid RelatedStory> getStories();

    /** {@return data other projects attach, by namespace such as {@code org.example.crm}; each value is JSON text} */
    @Extensions
    Map<String, String> getExtensions();

    /**
     * Returns a story list.
     *
     * @param stories the stories, in the order shown
     * @return the list
     */
    static StoryList of(List<RelatedStory> stories) {
        return builder().stories(stories).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StoryList}; start with {@link StoryList#builder()}. */
    final class Builder extends ImmutableStoryList.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
