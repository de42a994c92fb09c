package org.campaignmodel.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaignmodel.internal.SharedBasisValidator;

/**
 * A disparity compares two percentages of the same population, taken of different denominators:
 * "Black students are 8% of enrollment but 25% of arrests"; or, with the rates of wire format 1.1,
 * two groups' rates of the same measure on the same basis: "Black students are arrested at 12 per
 * 1,000 a year, white students at 3". Reports {@code disparity.basis}.
 */
@Documented
@Constraint(validatedBy = SharedBasisValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SharedBasis {

    /**
     * The message template; the code reported is the key without the {@code campaign.} prefix.
     *
     * @return the message template
     */
    String message() default "{campaign.disparity.basis}";

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
