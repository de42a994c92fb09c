package org.campaignmodel;

import java.util.Set;

/** What a demand asks the decision-makers to do. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class DemandAction extends Code {
    private static final CodeList<DemandAction> CODES = new CodeList<>("DemandAction", DemandAction::new);

    /** Make an existing program or service larger. */
    public static final DemandAction EXPAND = CODES.known("expand");

    /** Make an existing program or service better. */
    public static final DemandAction IMPROVE = CODES.known("improve");

    /** Put money into something. */
    public static final DemandAction INVEST = CODES.known("invest");

    /** Raise the money already going to something. */
    public static final DemandAction INCREASE_FUNDING = CODES.known("increase_funding");

    /** Do away with something entirely. */
    public static final DemandAction ELIMINATE = CODES.known("eliminate");

    /** Take up a policy, plan or resolution. */
    public static final DemandAction ADOPT = CODES.known("adopt");

    /** Stop a practice. */
    public static final DemandAction END = CODES.known("end");

    /** Set up something new. */
    public static final DemandAction CREATE = CODES.known("create");

    /** Bring back something that was cut. */
    public static final DemandAction RESTORE = CODES.known("restore");

    /** Make something smaller. */
    public static final DemandAction REDUCE = CODES.known("reduce");

    /** Vote a measure into force. */
    public static final DemandAction PASS = CODES.known("pass");

    /** Undo a law or policy. */
    public static final DemandAction REPEAL = CODES.known("repeal");

    private DemandAction(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code expand}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static DemandAction of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<DemandAction> knownValues() {
        return CODES.values();
    }
}
