package org.campaignmodel;

/**
 * Someone who acts in a campaign's story: a {@link Person} or an {@link Organization}. The set is
 * closed, so code can handle every case with {@code instanceof}.
 */
public sealed interface Actor permits Person, Organization {
    /**
     * Returns the name the actor goes by.
     *
     * @return the name
     */
    String getName();

    /**
     * Returns other names the actor is known by.
     *
     * @return the aliases, possibly empty
     */
    java.util.List<String> getAliases();
}
