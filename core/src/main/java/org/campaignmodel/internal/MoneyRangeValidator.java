package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.campaignmodel.MonetaryAmount;
import org.campaignmodel.constraints.MoneyRange;

/** Checks {@link MoneyRange}. */
public final class MoneyRangeValidator implements ConstraintValidator<MoneyRange, MonetaryAmount> {
    /** Created by the Jakarta Validation provider. */
    public MoneyRangeValidator() {}

    @Override
    public boolean isValid(MonetaryAmount money, ConstraintValidatorContext context) {
        if (money == null
                || money.getMaximum().isEmpty()
                || money.getMaximum().get().compareTo(money.getAmount()) > 0) {
            return true;
        }
        Violations.start(context);
        Violations.at(context, "money.range.order", "maximum");
        return false;
    }
}
