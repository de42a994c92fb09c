package org.campaignmodel.validation;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Objects;

/**
 * A message interpolator for a validator the application builds itself, such as Spring's: the
 * library's own templates ({@code {campaign.demand.number.sequence}}) come out in the library's
 * English or Spanish, filled in from the rule's settings only, and every other template goes to the
 * interpolator it wraps. Without it, a provider that does not know the library's message bundles
 * shows the raw template.
 *
 * <p>Nothing in a message is ever evaluated, so values from users cannot act as expressions.
 * Instances are immutable and thread-safe.
 */
public final class CampaignMessageInterpolator implements MessageInterpolator {
    private final MessageInterpolator fallback;

    /**
     * Wraps an interpolator for the templates that are not the library's.
     *
     * @param fallback the interpolator for every other template, such as the provider's default
     */
    public CampaignMessageInterpolator(MessageInterpolator fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    /**
     * {@inheritDoc}
     *
     * <p>The library's templates are written in Spanish when the locale's language is {@code es},
     * and in English otherwise.
     */
    @Override
    public String interpolate(String template, Context context, Locale locale) {
        if (Messages.isOurs(template)) {
            return Messages.render(
                    template, locale, context.getConstraintDescriptor().getAttributes());
        }
        return fallback.interpolate(template, context, locale);
    }
}
