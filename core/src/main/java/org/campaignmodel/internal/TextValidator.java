package org.campaignmodel.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.campaignmodel.constraints.Text;

/** Checks {@link Text}: not blank, not too long, no control characters or direction overrides. */
public final class TextValidator implements ConstraintValidator<Text, CharSequence> {
    /** Created by the Jakarta Validation provider. */
    public TextValidator() {}

    private int max;
    private boolean multiline;

    @Override
    public void initialize(Text annotation) {
        max = annotation.max();
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = value.toString();
        String code = null;
        if (text.isBlank()) {
            code = "text.blank";
        } else if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            code = "text.too_long";
        } else if (hasUnsafe(text)) {
            code = "text.unsafe";
        }
        if (code == null) {
            return true;
        }
        Violations.here(context, "{campaign." + code + "}");
        return false;
    }

    private boolean hasUnsafe(String text) {
        // a plain loop: this runs on every string of every document
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
                    && unsafe(c)) {
                return true;
            }
        }
        return false;
    }

    private boolean unsafe(int c) {
        if (multiline && (c == '\n' || c == '\t' || c == '\r')) {
            return false;
        }
        return isHidden(c);
    }

    /**
     * Tells whether a character is one a reader cannot see but that changes what they see: a control
     * character, or a direction embedding, override or isolate. The one definition, also used to
     * escape such characters when a report shows a value.
     *
     * @param c a code point
     * @return true if the character is hidden
     */
    public static boolean isHidden(int c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069); // isolates
    }
}
