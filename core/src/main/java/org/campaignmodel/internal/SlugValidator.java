package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.campaignmodel.Slug;

/** Checks {@link Slug}. */
public final class SlugValidator implements ConstraintValidator<Slug, CharSequence> {
    /** Created by the Jakarta Validation provider. */
    public SlugValidator() {}

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || (value.length() <= 100 && SLUG.matcher(value).matches());
    }
}
