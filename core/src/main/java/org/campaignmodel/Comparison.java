package org.campaignmodel;

/** How a stated number relates to the true one: "more than 200", "about 73%", "between 5 and 10". */
public enum Comparison {
    /** The number is exact. */
    EXACTLY,
    /** The number is approximate: "about", "some", "roughly". */
    APPROXIMATELY,
    /** The true number is larger: "more than", "over". */
    MORE_THAN,
    /** The true number is this or larger: "at least". */
    AT_LEAST,
    /** The true number is smaller: "fewer than", "under". */
    FEWER_THAN,
    /** The true number is this or smaller: "at most", "up to". */
    AT_MOST,
    /** The true number lies in a range, from the value to the maximum. */
    BETWEEN
}
