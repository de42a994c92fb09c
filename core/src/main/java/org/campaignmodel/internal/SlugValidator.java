package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.campaignmodel.constraints.Slug;

/** Checks {@link Slug}. */
public final class SlugValidator implements ConstraintValidator<Slug, CharSequence> {
    /** Created by the Jakarta Validation provider. */
    public SlugValidator() {}

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || (value.length() <= 100 && isSlug(value));
    }

    /**
     * Matches {@code [a-z0-9]+(-[a-z0-9]+)*} with a plain loop: every id of every document is
     * checked, and the regular expression allocated on each match.
     */
    static boolean isSlug(CharSequence value) {
        int n = value.length();
        if (n == 0 || value.charAt(0) == '-' || value.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && value.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
