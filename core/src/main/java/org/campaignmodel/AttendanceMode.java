package org.campaignmodel;

/** Where people take part in an event. */
public enum AttendanceMode {
    /** At a venue. */
    IN_PERSON,
    /** On the internet. */
    ONLINE,
    /** Both at a venue and on the internet. */
    HYBRID
}
