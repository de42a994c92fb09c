package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.Optional;
import org.campaignmodel.Demand;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.constraints.DeadlineAfterStart;

/** Checks {@link DeadlineAfterStart}: only a deadline that is surely before the first step fails. */
public final class DeadlineAfterStartValidator implements ConstraintValidator<DeadlineAfterStart, Demand> {
    /** Created by the Jakarta Validation provider. */
    public DeadlineAfterStartValidator() {}

    @Override
    public boolean isValid(Demand demand, ConstraintValidatorContext context) {
        if (demand == null || demand.getStatusHistory().isEmpty()) {
            return true;
        }
        Optional<FuzzyDate> deadline = demand.getDeadline();
        if (deadline.isEmpty()) {
            return true;
        }
        // a relative or open-ended date has no bound to compare, so it cannot be shown to be early
        Optional<LocalDate> latest = deadline.get().getLatest();
        Optional<LocalDate> made = demand.getStatusHistory().get(0).getDate().getEarliest();
        if (latest.isEmpty() || made.isEmpty() || !latest.get().isBefore(made.get())) {
            return true;
        }
        Violations.start(context);
        Violations.at(context, "demand.deadline.before_start", "deadline");
        return false;
    }
}
