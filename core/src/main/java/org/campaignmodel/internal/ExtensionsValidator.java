package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import java.util.regex.Pattern;
import org.campaignmodel.constraints.Extensions;

/** Checks {@link Extensions}. */
public final class ExtensionsValidator implements ConstraintValidator<Extensions, Map<String, String>> {
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final int MAX_NAMESPACES = 20;
    private static final int MAX_VALUE = 100_000;

    /** Created by the Jakarta Validation provider. */
    public ExtensionsValidator() {}

    @Override
    public boolean isValid(Map<String, String> value, ConstraintValidatorContext context) {
        // nearly every object has an empty map here: no stream for it
        if (value == null || value.isEmpty()) {
            return true;
        }
        String code = null;
        if (value.size() > MAX_NAMESPACES) {
            code = "{campaign.extension.too_many}";
        } else {
            for (Map.Entry<String, String> e : value.entrySet()) {
                String k = e.getKey();
                if (k.length() > 100 || !NAMESPACE.matcher(k).matches()) {
                    code = "{campaign.extension.namespace.invalid}";
                    break;
                }
            }
            if (code == null) {
                for (String v : value.values()) {
                    if (v.length() > MAX_VALUE) {
                        code = "{campaign.extension.too_large}";
                        break;
                    }
                }
            }
        }
        if (code == null) {
            return true;
        }
        Violations.here(context, code);
        return false;
    }
}
