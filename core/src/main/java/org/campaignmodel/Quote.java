package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.Optional;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/**
 * Words a person said, with who said them, in what role and for whom they speak, and the outlet that
 * recorded them. It can stand in an article's body.
 */
@Value.Immutable
@CampaignStyle
public non-sealed interface Quote extends Block {
    /** {@return the quoted words, exactly as said} */
    @Text(max = 5000, multiline = true)
    String getText();

    /** {@return who said them; role and affiliations ride on the person} */
    @Valid
    Person getSpeaker();

    /** {@return the outlet that recorded the words, such as a newsroom that interviewed the speaker} */
    Optional<@Valid Organization> getOutlet();

    /** {@return when the words were said, if known} */
    Optional<FuzzyDate> getDate();

    /** {@return the published source the quote is taken from, if any} */
    Optional<@Valid Citation> getSource();

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Quote}; start with {@link Quote#builder()}. */
    final class Builder extends ImmutableQuote.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
