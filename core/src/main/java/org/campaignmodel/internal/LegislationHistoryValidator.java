package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Optional;
import org.campaignmodel.LegislationReference;
import org.campaignmodel.LegislationStatus;
import org.campaignmodel.LegislativeAction;
import org.campaignmodel.constraints.LegislationHistory;

/** Checks {@link LegislationHistory}; dates that cannot be told apart count as in order. */
public final class LegislationHistoryValidator
        implements ConstraintValidator<LegislationHistory, LegislationReference> {
    /** Created by the Jakarta Validation provider. */
    public LegislationHistoryValidator() {}

    @Override
    public boolean isValid(LegislationReference bill, ConstraintValidatorContext context) {
        if (bill == null || bill.getHistory().isEmpty()) {
            return true;
        }
        boolean valid = true;
        List<LegislativeAction> history = bill.getHistory();
        int late = DateOrder.firstOutOfOrder(history, LegislativeAction::getDate);
        if (late >= 0) {
            Violations.start(context);
            Violations.at(context, "legislation.history.order", "history", late, "date");
            valid = false;
        }
        Optional<LegislationStatus> derived = Legislation.statusFrom(history);
        if (bill.getStatus().isPresent()
                && derived.isPresent()
                && !bill.getStatus().equals(derived)) {
            if (valid) {
                Violations.start(context);
            }
            Violations.at(context, "legislation.status.contradicted", "status");
            valid = false;
        }
        return valid;
    }
}
