package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.campaignmodel.constraints.HttpUrl;

/** Checks {@link HttpUrl}. */
public final class HttpUrlValidator implements ConstraintValidator<HttpUrl, CharSequence> {
    /** Created by the Jakarta Validation provider. */
    public HttpUrlValidator() {}

    private static final int MAX_LENGTH = 2000;

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isHttpUrl(value.toString());
    }

    static boolean isHttpUrl(String text) {
        if (text.length() > MAX_LENGTH || text.codePoints().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            return scheme != null
                    && (scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
