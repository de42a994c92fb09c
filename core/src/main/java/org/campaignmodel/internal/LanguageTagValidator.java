package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.campaignmodel.LanguageTag;

/** Checks {@link LanguageTag} with the JDK's BCP 47 parser. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {
    /** Created by the Jakarta Validation provider. */
    public LanguageTagValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        try {
            Locale locale =
                    new Locale.Builder().setLanguageTag(value.toString()).build();
            return !locale.getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
