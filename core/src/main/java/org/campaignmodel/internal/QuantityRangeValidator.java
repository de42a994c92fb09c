package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.campaignmodel.Quantity;
import org.campaignmodel.Unit;
import org.campaignmodel.constraints.QuantityRange;

/** Checks {@link QuantityRange}. */
public final class QuantityRangeValidator implements ConstraintValidator<QuantityRange, Quantity> {
    /** Created by the Jakarta Validation provider. */
    public QuantityRangeValidator() {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public boolean isValid(Quantity quantity, ConstraintValidatorContext context) {
        if (quantity == null) {
            return true;
        }
        Violations.start(context);
        boolean valid = check(quantity.getValue(), quantity.getUnit(), "value", context);
        if (quantity.getMaximum().isPresent()) {
            BigDecimal maximum = quantity.getMaximum().get();
            valid &= check(maximum, quantity.getUnit(), "maximum", context);
            if (maximum.compareTo(quantity.getValue()) <= 0) {
                Violations.at(context, "quantity.range.order", "maximum");
                valid = false;
            }
        }
        return valid;
    }

    private static boolean check(BigDecimal number, Unit unit, String property, ConstraintValidatorContext context) {
        Unit.Kind kind = unit.getKind();
        if (kind == Unit.Kind.PERCENT && (number.signum() < 0 || number.compareTo(HUNDRED) > 0)) {
            Violations.at(context, "quantity.percent.range", property);
            return false;
        }
        if ((kind == Unit.Kind.COUNT || kind == Unit.Kind.MONEY) && number.signum() < 0) {
            Violations.at(context, "quantity.negative", property);
            return false;
        }
        return true;
    }
}
