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
        } else if (hasUnsafe(text, multiline)) {
            code = "text.unsafe";
        }
        if (code == null) {
            return true;
        }
        Violations.here(context, "{campaign." + code + "}");
        return false;
    }

    /**
     * Tells whether text holds what the text rule calls unsafe: a control character or direction
     * override, a line or paragraph separator where the text is one line, or a surrogate that is not
     * half of a pair.
     *
     * @param text the text
     * @param multiline whether line breaks and tabs are allowed
     * @return true if the text is unsafe
     */
    public static boolean hasUnsafe(String text, boolean multiline) {
        // a plain loop: this runs on every string of every document
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                if (unsafe(c, multiline)) {
                    return true;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true; // a lone high surrogate is no character at all
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true; // a low surrogate without its high one, or the pair reversed
            }
        }
        return false;
    }

    private static boolean unsafe(int c, boolean multiline) {
        if (multiline && (c == '\n' || c == '\t' || c == '\r' || c == 0x2028 || c == 0x2029)) {
            return false;
        }
        // line and paragraph separators break a line where single-line text must have none
        return isHidden(c) || c == 0x2028 || c == 0x2029;
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
