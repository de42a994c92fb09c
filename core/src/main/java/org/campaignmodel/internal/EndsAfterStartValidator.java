package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDateTime;
import org.campaignmodel.Event;
import org.campaignmodel.constraints.EndsAfterStart;

/** Checks {@link EndsAfterStart} on the instants the two wall-clock times mean in the event's zone. */
public final class EndsAfterStartValidator implements ConstraintValidator<EndsAfterStart, Event> {
    /** Created by the Jakarta Validation provider. */
    public EndsAfterStartValidator() {}

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        if (event == null || event.getEnd().isEmpty()) {
            return true;
        }
        LocalDateTime end = event.getEnd().get();
        if (end.atZone(event.getZone()).toInstant().isAfter(event.startsAt().toInstant())) {
            return true;
        }
        Violations.start(context);
        Violations.at(context, "event.end.before_start", "end");
        return false;
    }
}
