package org.campaignmodel;

import java.util.List;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Text;
import org.campaignmodel.internal.CampaignStyle;
import org.immutables.value.Value;

/** A numbered or bulleted list of short text items. */
@Value.Immutable
@CampaignStyle
public non-sealed interface ItemList extends Block {
    /** {@return true for a numbered list, false for bullets} */
    boolean isOrdered();

    /** {@return the items, in order} */
    @MaxItems(200)
    List<@Text(max = 2000, multiline = true) String> getItems();

    /** {@return a new builder} */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ItemList}; start with {@link ItemList#builder()}. */
    final class Builder extends ImmutableItemList.Builder {
        /** Starts an empty builder. */
        public Builder() {}
    }
}
