package org.campaignmodel.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaignmodel.internal.ExistingTimesValidator;

/**
 * An event's start, end and previous start are times that happen on the clocks of its zone: not
 * inside the hour skipped when clocks go forward ({@code event.time.gap}), and in a year from 1 to
 * 9999 ({@code event.time.year}), which is what the wire format can write. A time in the hour that
 * repeats when clocks go back is valid and means the earlier of the two.
 */
@Documented
@Constraint(validatedBy = ExistingTimesValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExistingTimes {

    /**
     * The message template; the code reported is the key without the {@code campaign.} prefix.
     *
     * @return the message template
     */
    String message() default "{campaign.event.time.gap}";

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
