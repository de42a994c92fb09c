package org.campaignmodel.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaignmodel.internal.DeadlineAfterStartValidator;

/**
 * A demand's deadline is not before the demand was made, the date of the first step of its status
 * history. Reports {@code demand.deadline.before_start} at the deadline when the latest day it can
 * mean is before the earliest day the first step can mean; dates that overlap count as in order.
 */
@Documented
@Constraint(validatedBy = DeadlineAfterStartValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DeadlineAfterStart {

    /**
     * The message template; the code reported is the key without the {@code campaign.} prefix.
     *
     * @return the message template
     */
    String message() default "{campaign.demand.deadline.before_start}";

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
