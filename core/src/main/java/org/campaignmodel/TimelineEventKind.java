package org.campaignmodel;

import java.util.Set;

/** What sort of thing happened at a point of a timeline. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class TimelineEventKind extends Code {
    private static final CodeList<TimelineEventKind> CODES =
            new CodeList<>("TimelineEventKind", TimelineEventKind::new);

    /** Forces, staff or equipment were put in place. */
    public static final TimelineEventKind DEPLOYMENT = CODES.known("deployment");

    /** A rule, order or policy was made or changed. */
    public static final TimelineEventKind POLICY = CODES.known("policy");

    /** Money was granted, cut or moved. */
    public static final TimelineEventKind FUNDING = CODES.known("funding");

    /** A body voted or decided. */
    public static final TimelineEventKind DECISION = CODES.known("decision");

    /** People organized, marched or protested. */
    public static final TimelineEventKind MOBILIZATION = CODES.known("mobilization");

    /** A study, survey or report came out. */
    public static final TimelineEventKind REPORT = CODES.known("report");

    /** Someone made a public announcement. */
    public static final TimelineEventKind ANNOUNCEMENT = CODES.known("announcement");

    /** A bill or resolution moved. */
    public static final TimelineEventKind LEGISLATION = CODES.known("legislation");

    private TimelineEventKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code deployment}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static TimelineEventKind of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<TimelineEventKind> knownValues() {
        return CODES.values();
    }
}
