package org.campaignmodel.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaignmodel.internal.MoneyRangeValidator;

/**
 * A range of money runs upward: a {@code BETWEEN} amount's maximum is above its amount. Reports
 * {@code money.range.order} at the maximum.
 */
@Documented
@Constraint(validatedBy = MoneyRangeValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MoneyRange {

    /**
     * The message template; the code reported is the key without the {@code campaign.} prefix.
     *
     * @return the message template
     */
    String message() default "{campaign.money.range.order}";

    /**
     * The validation groups the rule belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Extra data for clients of the Jakarta Validation API.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
