package org.campaignmodel.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaignmodel.internal.ExtensionsValidator;

/**
 * Extension data is keyed by namespace, a reverse domain name with at least one dot such as {@code
 * org.example.crm}; it has at most 20 namespaces and each value is at most 100,000 characters of JSON.
 * Reports {@code extension.namespace.invalid}, {@code extension.too_large} or {@code extension.too_many}.
 */
@Documented
@Constraint(validatedBy = ExtensionsValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Extensions {
    /**
     * The message template; the code reported is the key without the {@code campaign.} prefix.
     *
     * @return the message template
     */
    String message() default "{campaign.extension.namespace.invalid}";

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
