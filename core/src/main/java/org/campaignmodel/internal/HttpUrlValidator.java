package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.IDN;
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

    private static boolean hasBlankOrHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || TextValidator.isHidden(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    static boolean isHttpUrl(String text) {
        if (text.length() > MAX_LENGTH || hasBlankOrHidden(text)) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.toLowerCase(Locale.ROOT).equals("http")
                            || scheme.toLowerCase(Locale.ROOT).equals("https"))
                    || uri.getRawAuthority() == null
                    // https://paypal.com@evil.example/ goes to evil.example: user-info only misleads
                    || uri.getRawAuthority().contains("@")) {
                return false;
            }
            if (uri.getHost() == null) {
                // java.net.URI takes only ASCII host names; check an internationalized one as punycode
                uri = new URI(asciiHost(text, uri.getRawAuthority()));
            }
            return uri.getHost() != null && !uri.getHost().isEmpty() && uri.getPort() <= 65_535 && uri.getPort() != 0;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The URL with its authority's host name in punycode, as {@code https://xn--bcher-kva.example/}. */
    private static String asciiHost(String text, String authority) {
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        String port = colon < 0 ? "" : authority.substring(colon);
        String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        int at = text.indexOf(authority);
        return text.substring(0, at) + ascii + port + text.substring(at + authority.length());
    }
}
