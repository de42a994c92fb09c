package org.campaignmodel.testing;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;

/**
 * The default Jakarta Validation provider configured as the library configures its own (messages
 * left as templates, so no Expression Language), for comparing {@code CampaignValidator.using} with
 * {@code CampaignValidator.create()}, whose own walk reads the same rules.
 */
public final class ProviderOnly {
    private ProviderOnly() {}

    /** {@return a new validator from the default provider} */
    public static Validator validator() {
        MessageInterpolator verbatim = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return template;
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return template;
            }
        };
        return Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(verbatim)
                .buildValidatorFactory()
                .getValidator();
    }
}
