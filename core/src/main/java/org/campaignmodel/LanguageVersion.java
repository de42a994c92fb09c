package org.campaignmodel;

import java.util.Optional;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.LanguageTag;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * The same article in another language, such as the Spanish edition of an English article: its
 * language, and its id, its URL or both (wire format 1.1). Neither edition is taken to be the
 * original; coalitions often write both at once.
 */
@Value.Immutable
@CampaignStyle
public interface LanguageVersion {
    /** {@return the language it is written in, as a BCP 47 tag such as "es"} */
    @LanguageTag
    String getLanguage();

    /** {@return the other edition's article id, if it is published as an article of its own} */
    Optional<@Slug String> getId();

    /** {@return where to read the other edition, if it is online} */
    Optional<@HttpUrl String> getUrl();

    /** Keeps a way to find the other edition: an id, a URL or both. */
    @Value.Check
    default void check() {
        if (getId().isEmpty() && getUrl().isEmpty()) {
            throw new IllegalStateException(
                    "Cannot build LanguageVersion: set its id, its url or both, so that the edition can be found.");
        }
    }

    /**
     * Returns the edition in a language at a URL.
     *
     * @param language the BCP 47 tag, such as "es"
     * @param url where to read it
     * @return the language version
     */
    static LanguageVersion at(String language, String url) {
        return builder().language(language).url(url).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LanguageVersion}; start with {@link LanguageVersion#builder()}. */
    final class Builder extends ImmutableLanguageVersion.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
