package org.campaignmodel;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** A person: a byline, a speaker, a decision-maker, an organizer. */
@Value.Immutable
@CampaignStyle
public non-sealed interface Person extends Actor {
    /** {@return an honorific written before the name, such as "Dr.", if one is used} */
    Optional<@Text(max = 100) String> getHonorific();

    /** {@return what the person does, such as "student" or "Superintendent", if known} */
    Optional<@Text(max = 300) String> getRole();

    /** {@return the organizations the person belongs to or speaks for, such as a school; possibly empty} */
    @MaxItems(20)
    List<@Valid Organization> getAffiliations();

    /**
     * Returns a person with just a name.
     *
     * @param name the name
     * @return the person
     */
    static Person of(String name) {
        return builder().name(name).build();
    }

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Person}; start with {@link Person#builder()}. */
    final class Builder extends ImmutablePerson.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
