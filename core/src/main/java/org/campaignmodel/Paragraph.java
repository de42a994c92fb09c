package org.campaignmodel;

import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** A paragraph of plain text. */
@Value.Immutable
@CampaignStyle
public non-sealed interface Paragraph extends Block {
    /** {@return the paragraph's text} */
    @Text(max = 20000, multiline = true)
    String getText();

    /**
     * Returns a paragraph.
     *
     * @param text the text
     * @return the paragraph
     */
    static Paragraph of(String text) {
        return builder().text(text).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Paragraph}; {@link Paragraph#of(String)} is shorter. */
    final class Builder extends ImmutableParagraph.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
