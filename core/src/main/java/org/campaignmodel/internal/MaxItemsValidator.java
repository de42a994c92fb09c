package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import org.campaignmodel.constraints.MaxItems;

/** Checks {@link MaxItems}. */
public final class MaxItemsValidator implements ConstraintValidator<MaxItems, Collection<?>> {
    /** Created by the Jakarta Validation provider. */
    public MaxItemsValidator() {}

    private int max;

    @Override
    public void initialize(MaxItems annotation) {
        max = annotation.value();
    }

    @Override
    public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
        return value == null || value.size() <= max;
    }
}
