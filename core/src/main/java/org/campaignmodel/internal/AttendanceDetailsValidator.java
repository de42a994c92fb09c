package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.campaignmodel.AttendanceMode;
import org.campaignmodel.Event;
import org.campaignmodel.constraints.AttendanceDetails;

/** Checks {@link AttendanceDetails}: where to join online, and where to come in person. */
public final class AttendanceDetailsValidator implements ConstraintValidator<AttendanceDetails, Event> {
    /** Created by the Jakarta Validation provider. */
    public AttendanceDetailsValidator() {}

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        if (event == null) {
            return true;
        }
        AttendanceMode mode = event.getAttendanceMode();
        boolean online = mode != AttendanceMode.IN_PERSON;
        boolean inPerson = mode != AttendanceMode.ONLINE;
        boolean valid = true;
        Violations.start(context);
        if (online
                && event.getOnlineUrl().isEmpty()
                && event.getRegistrationUrl().isEmpty()) {
            Violations.at(context, "event.online_url.missing", "onlineUrl");
            valid = false;
        }
        if (inPerson && event.getVenue().isEmpty()) {
            Violations.at(context, "event.venue.missing", "venue");
            valid = false;
        }
        return valid;
    }
}
