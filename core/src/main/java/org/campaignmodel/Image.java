package org.campaignmodel;

import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.campaignmodel.constraints.HttpUrl;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.campaignmodel.validation.Published;
import org.immutables.value.Value;

/**
 * An image with what it needs to be shown fairly: text for readers who cannot see it, a caption, a
 * credit and a license. It can stand in an article's body or lead it.
 */
@Value.Immutable
@CampaignStyle
public non-sealed interface Image extends Block {
    /** {@return where the image file is, if known} */
    Optional<@HttpUrl String> getUrl();

    /** {@return a description for readers who cannot see the image, if given} */
    Optional<
                    @NotNull(groups = Published.class, message = "{campaign.published.alt}")
                    @Text(max = 1000, multiline = true) String>
            getAlt();

    /** {@return the caption shown with it, if any} */
    Optional<@Text(max = 1000, multiline = true) String> getCaption();

    /** {@return who made or supplied it, such as "Alicia Vera/The Marshall Project", if credited} */
    Optional<@Text(max = 300) String> getCredit();

    /** {@return the license it is used under, if stated} */
    Optional<@Text(max = 300) String> getLicense();

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Image}; start with {@link Image#builder()}. */
    final class Builder extends ImmutableImage.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
