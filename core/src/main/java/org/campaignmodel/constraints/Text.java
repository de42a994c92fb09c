package org.campaignmodel.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaignmodel.internal.TextValidator;

/**
 * Text a person reads: not blank, not longer than {@link #max()} characters, and free of control
 * characters and invisible direction overrides, which can disguise what a page shows. Reports
 * {@code text.blank}, {@code text.too_long} or {@code text.unsafe}.
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {
    /**
     * The longest the text may be, in characters.
     *
     * @return the maximum length
     */
    int max();

    /**
     * Whether line breaks and tabs are allowed, as in paragraphs; headlines and names allow none.
     *
     * @return true to allow line breaks and tabs
     */
    boolean multiline() default false;

    /**
     * The message template; the code reported is the key without the {@code campaign.} prefix.
     *
     * @return the message template
     */
    String message() default "{campaign.text.blank}";

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
