package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.campaignmodel.Event;
import org.campaignmodel.constraints.ExistingTimes;

/** Checks {@link ExistingTimes}: each wall-clock time exists in the event's zone. */
public final class ExistingTimesValidator implements ConstraintValidator<ExistingTimes, Event> {
    /** Created by the Jakarta Validation provider. */
    public ExistingTimesValidator() {}

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        if (event == null) {
            return true;
        }
        Violations.start(context);
        boolean valid = check(Optional.of(event.getStart()), "start", event.getZone(), context);
        valid &= check(event.getEnd(), "end", event.getZone(), context);
        valid &= check(event.getPreviousStart(), "previousStart", event.getZone(), context);
        return valid;
    }

    private static boolean check(
            Optional<LocalDateTime> time, String property, ZoneId zone, ConstraintValidatorContext context) {
        if (time.isEmpty()) {
            return true;
        }
        LocalDateTime value = time.get();
        if (value.getYear() < 1 || value.getYear() > 9999) {
            Violations.at(context, "event.time.year", property);
            return false;
        }
        if (zone.getRules().getValidOffsets(value).isEmpty()) {
            Violations.at(context, "event.time.gap", property);
            return false;
        }
        return true;
    }
}
