package org.campaignmodel;

import java.util.Set;

/** Whether a scheduled event goes ahead as planned. An open code list: see {@link Code} for what happens to codes it does not know. */
public final class EventStatus extends Code {
    private static final CodeList<EventStatus> CODES = new CodeList<>("EventStatus", EventStatus::new);

    /** Going ahead as announced. */
    public static final EventStatus SCHEDULED = CODES.known("scheduled");

    /** Called off. */
    public static final EventStatus CANCELLED = CODES.known("cancelled");

    /** Delayed, with no new date yet. */
    public static final EventStatus POSTPONED = CODES.known("postponed");

    /** Moved to a new date; the previous start is kept. */
    public static final EventStatus RESCHEDULED = CODES.known("rescheduled");

    /** Moved from a venue to the internet. */
    public static final EventStatus MOVED_ONLINE = CODES.known("moved_online");

    private EventStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the code with the given value: one of the constants, or a code another project uses.
     *
     * @param value the code, such as {@code scheduled}
     * @return the code
     * @throws IllegalArgumentException if the value is not a well-formed code
     */
    public static EventStatus of(String value) {
        return CODES.of(value);
    }

    /**
     * Returns the codes this library knows, in the order they are declared.
     *
     * @return the known codes
     */
    public static Set<EventStatus> knownValues() {
        return CODES.values();
    }
}
