package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaignmodel.constraints.CurrencyCode;

/** Checks {@link CurrencyCode} against the ISO 4217 codes the Java runtime knows. */
public final class CurrencyCodeValidator implements ConstraintValidator<CurrencyCode, CharSequence> {
    /** Created by the Jakarta Validation provider. */
    public CurrencyCodeValidator() {}

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || CODES.contains(value.toString());
    }
}
