package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.campaignmodel.Demand;
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
        int late = DateOrder.firstOutOfOrder(demand.getStatusHistory(), StatusChange::getDate);
        if (late >= 0) {
            Violations.start(context);
            Violations.at(context, "demand.status_history.order", "statusHistory", late, "date");
            return false;
        }
        return true;
    }
}
