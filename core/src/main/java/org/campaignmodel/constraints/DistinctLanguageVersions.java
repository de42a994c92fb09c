package org.campaignmodel.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.campaignmodel.internal.DistinctLanguageVersionsValidator;

/**
 * An article lists each other language once, and not its own. Reports {@code
 * article.language_version.duplicate} at a language version in the article's own language or in
 * one listed before it (languages compared without regard to case, as BCP 47 does).
 */
@Documented
@Constraint(validatedBy = DistinctLanguageVersionsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctLanguageVersions {

    /**
     * The message template; the code reported is the key without the {@code campaign.} prefix.
     *
     * @return the message template
     */
    String message() default "{campaign.article.language_version.duplicate}";

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
