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
import org.campaignmodel.internal.meta.AddedIn;
import org.immutables.value.Value;

/** A source a fact rests on: a report, a study, an interview, a news story, a resolution. */
@Value.Immutable
@CampaignStyle
public interface Citation {
    /** {@return a stable identifier to refer to the source by, if one is given} */
    Optional<@Slug String> getId();

    /** {@return the source's title} */
    @Text(max = 300)
    String getTitle();

    /** {@return the part of the title after the colon, such as a report's subtitle, if it has one} */
    Optional<@Text(max = 300) String> getSubtitle();

    /** {@return who published it, if known} */
    Optional<@Valid Organization> getPublisher();

    /**
     * {@return who wrote it, people or organizations, such as a report's authors; possibly empty
     * (wire format 1.1)}
     */
    @AddedIn("1.1")
    @MaxItems(50)
    List<@Valid Actor> getAuthors();

    /**
     * {@return the organizations that published it together with the publisher, for a co-published
     * report; possibly empty (wire format 1.1)}
     */
    @AddedIn("1.1")
    @MaxItems(20)
    List<@Valid Organization> getCopublishers();

    /** {@return where to read it, if it is online} */
    Optional<@HttpUrl String> getUrl();

    /** {@return what sort of source it is} */
    CitationKind getKind();

    /** {@return when it was published or made, if known} */
    Optional<FuzzyDate> getDate();

    /** {@return how it is delivered, such as "PDF" or "Google Drive document", if stated} */
    Optional<@Text(max = 100) String> getFormat();

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

    /** Builds a {@link Citation}; start with {@link Citation#builder()}. */
    final class Builder extends ImmutableCitation.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
