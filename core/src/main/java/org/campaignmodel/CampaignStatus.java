package org.campaignmodel;

import java.util.Set;

/** Where a campaign stands. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class CampaignStatus extends Code {
    private static final CodeList<CampaignStatus> CODES = new CodeList<>("CampaignStatus", CampaignStatus::new);

    /** Organizing is under way. */
    public static final CampaignStatus ACTIVE = CODES.known("active");

    /** The campaign's main demands were met. */
    public static final CampaignStatus WON = CODES.known("won");

    /** Some demands were met. */
    public static final CampaignStatus PARTIALLY_WON = CODES.known("partially_won");

    /** The decision went against the campaign. */
    public static final CampaignStatus LOST = CODES.known("lost");

    /** Organizing is on hold. */
    public static final CampaignStatus PAUSED = CODES.known("paused");

    /** The campaign has closed without a clear outcome. */
    public static final CampaignStatus ENDED = CODES.known("ended");

    private CampaignStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code active}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static CampaignStatus of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<CampaignStatus> knownValues() {
        return CODES.values();
    }
}
