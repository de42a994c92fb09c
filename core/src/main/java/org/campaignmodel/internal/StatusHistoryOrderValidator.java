package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.campaignmodel.Demand;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.StatusChange;
import org.campaignmodel.constraints.StatusHistoryOrder;

/** Checks {@link StatusHistoryOrder}; dates that cannot be told apart count as in order. */
public final class StatusHistoryOrderValidator implements ConstraintValidator<StatusHistoryOrder, Demand> {
    /** Created by the Jakarta Validation provider. */
    public StatusHistoryOrderValidator() {}

    @Override
    public boolean isValid(Demand demand, ConstraintValidatorContext context) {
        if (demand == null) {
            return true;
        }
        List<StatusChange> history = demand.getStatusHistory();
        for (int i = 1; i < history.size(); i++) {
            if (FuzzyDate.chronologicalOrder()
                            .compare(
                                    history.get(i - 1).getDate(), history.get(i).getDate())
                    > 0) {
                Violations.start(context);
                Violations.at(context, "demand.status_history.order", "statusHistory", i, "date");
                return false;
            }
        }
        return true;
    }
}
