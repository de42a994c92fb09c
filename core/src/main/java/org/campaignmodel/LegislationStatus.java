package org.campaignmodel;

import java.util.Set;

/** Where a bill stands. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class LegislationStatus extends Code {
    private static final CodeList<LegislationStatus> CODES =
            new CodeList<>("LegislationStatus", LegislationStatus::new);

    /** Filed with the legislature. */
    public static final LegislationStatus INTRODUCED = CODES.known("introduced");

    /** Being heard in committee. */
    public static final LegislationStatus IN_COMMITTEE = CODES.known("in_committee");

    /** Passed one chamber. */
    public static final LegislationStatus PASSED_CHAMBER = CODES.known("passed_chamber");

    /** Passed the legislature. */
    public static final LegislationStatus PASSED = CODES.known("passed");

    /** Signed into law. */
    public static final LegislationStatus SIGNED = CODES.known("signed");

    /** Vetoed. */
    public static final LegislationStatus VETOED = CODES.known("vetoed");

    /** Defeated or died. */
    public static final LegislationStatus FAILED = CODES.known("failed");

    /** Withdrawn by its author. */
    public static final LegislationStatus WITHDRAWN = CODES.known("withdrawn");

    private LegislationStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code introduced}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static LegislationStatus of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<LegislationStatus> knownValues() {
        return CODES.values();
    }
}
