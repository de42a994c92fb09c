package org.campaignmodel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaignmodel.constraints.Extensions;
import org.campaignmodel.constraints.MaxItems;
import org.campaignmodel.constraints.Slug;
import org.campaignmodel.constraints.Text;

/**
 * Someone who acts in a campaign's story: a {@link Person} or an {@link Organization}. The set is
 * closed, so code can handle every case with {@code instanceof}. What every actor has (an id, a
 * name, other names and extension data) is declared here once, with its rules.
 */
public sealed interface Actor permits Person, Organization {
    /** {@return a stable identifier to refer to the actor by, such as {@code lausd}, if one is given} */
    Optional<@Slug String> getId();

    /** {@return the name the actor goes by, such as "Los Angeles Unified School District"} */
    @Text(max = 300)
    String getName();

    /** {@return other names the actor is known by, such as "LAUSD"; possibly empty} */
    @MaxItems(20)
    List<@Text(max = 300) String> getAliases();

    /**
     * Returns data other projects attach, keyed by namespace (a reverse domain name such as {@code
     * org.example.crm}). Each value is JSON text; the JSON binding writes and reads it as a JSON value
     * and keeps it through a round trip.
     *
     * @return the extension data; possibly empty
     */
    @Extensions
    Map<String, String> getExtensions();
}
