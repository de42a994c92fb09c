package org.campaignmodel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** A heading inside an article's body. */
@Value.Immutable
@CampaignStyle
public non-sealed interface Heading extends Block {
    /** {@return the heading's level, 2 to 6; the article's headline is level 1} */
    @Min(value = 2, message = "{campaign.heading.level}")
    @Max(value = 6, message = "{campaign.heading.level}")
    int getLevel();

    /** {@return the heading's text} */
    @Text(max = 300)
    String getText();

    /**
     * Returns a heading.
     *
     * @param level the level, 2 to 6
     * @param text the text
     * @return the heading
     */
    static Heading of(int level, String text) {
        return builder().level(level).text(text).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Heading}; {@link Heading#of(int, String)} is shorter. */
    final class Builder extends ImmutableHeading.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
