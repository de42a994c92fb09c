package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.campaignmodel.constraints.LanguageTag;

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
            // BCP 47 allows 5-8 letter language subtags for future registration, but none exist:
            // "english" is a mistake, not a language.
            int length = locale.getLanguage().length();
            return length == 2 || length == 3;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
