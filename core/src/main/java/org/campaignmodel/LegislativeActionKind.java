package org.campaignmodel;

import java.util.Set;

/**
 * What happened to a bill on a day of its history (wire format 1.1). An open code list: see {@link
 * Code} for what happens to codes it does not know.
 */
public final class LegislativeActionKind extends Code {
    private static final CodeList<LegislativeActionKind> CODES =
            new CodeList<>("LegislativeActionKind", LegislativeActionKind::new);

    /** Filed with the legislature. */
    public static final LegislativeActionKind INTRODUCED = CODES.known("introduced");

    /** Sent to a committee. */
    public static final LegislativeActionKind REFERRED = CODES.known("referred");

    /** Its text was changed. */
    public static final LegislativeActionKind AMENDED = CODES.known("amended");

    /** Passed one chamber, named by the action's chamber. */
    public static final LegislativeActionKind PASSED_CHAMBER = CODES.known("passed_chamber");

    /** Signed into law. */
    public static final LegislativeActionKind SIGNED = CODES.known("signed");

    /** Vetoed. */
    public static final LegislativeActionKind VETOED = CODES.known("vetoed");

    /** Filed with the secretary of state as law, with a chapter number where the state gives one. */
    public static final LegislativeActionKind CHAPTERED = CODES.known("chaptered");

    /** Defeated, or died at a deadline. */
    public static final LegislativeActionKind FAILED = CODES.known("failed");

    /** Withdrawn by its author. */
    public static final LegislativeActionKind WITHDRAWN = CODES.known("withdrawn");

    private LegislativeActionKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code introduced}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static LegislativeActionKind of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<LegislativeActionKind> knownValues() {
        return CODES.values();
    }
}
