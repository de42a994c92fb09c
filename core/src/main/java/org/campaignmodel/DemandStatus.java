package org.campaignmodel;

import java.util.Set;

/** Where a demand stands with its decision-makers. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class DemandStatus extends Code {
    private static final CodeList<DemandStatus> CODES = new CodeList<>("DemandStatus", DemandStatus::new);

    /** Put to the decision-makers, with no answer yet. */
    public static final DemandStatus PROPOSED = CODES.known("proposed");

    /** The decision-makers are weighing it. */
    public static final DemandStatus UNDER_CONSIDERATION = CODES.known("under_consideration");

    /** Part of it was granted. */
    public static final DemandStatus PARTIALLY_MET = CODES.known("partially_met");

    /** It was granted in full. */
    public static final DemandStatus MET = CODES.known("met");

    /** The decision-makers turned it down. */
    public static final DemandStatus REJECTED = CODES.known("rejected");

    /** The campaign dropped it. */
    public static final DemandStatus WITHDRAWN = CODES.known("withdrawn");

    private DemandStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code proposed}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static DemandStatus of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<DemandStatus> knownValues() {
        return CODES.values();
    }
}
