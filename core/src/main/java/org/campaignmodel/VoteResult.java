package org.campaignmodel;

import java.util.Set;

/**
 * How a vote came out, after Popolo's vote event result. An open code list: see {@link Code} for
 * what happens to codes it does not know.
 */
public final class VoteResult extends Code {
    private static final CodeList<VoteResult> CODES = new CodeList<>("VoteResult", VoteResult::new);

    /** The motion passed. */
    public static final VoteResult PASSED = CODES.known("passed");

    /** The motion failed. */
    public static final VoteResult FAILED = CODES.known("failed");

    /** The votes were tied, and the rules of the body decide what follows. */
    public static final VoteResult TIED = CODES.known("tied");

    private VoteResult(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code passed}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static VoteResult of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<VoteResult> knownValues() {
        return CODES.values();
    }
}
