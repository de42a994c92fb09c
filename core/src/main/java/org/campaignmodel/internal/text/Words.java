package org.campaignmodel.internal.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence, or part of one, that can be said in English or Spanish: a key into a {@link Bundle}
 * and the values that fill in its {@code {0}}, {@code {1}}, ... Values that are {@link Localized},
 * as other words are, are said in the same language; anything else is shown as it is. Nothing is ever
 * evaluated: a value such as {@code ${1+1}} comes out verbatim. Immutable.
 */
public final class Words implements Localized {
    private final Bundle bundle;
    private final String key;
    private final Object[] values;

    private Words(Bundle bundle, String key, Object[] values) {
        this.bundle = bundle;
        this.key = key;
        this.values = values;
    }

    /**
     * Makes words.
     *
     * @param bundle where the key is
     * @param key the key
     * @param values the values, in order
     * @return the words
     */
    public static Words of(Bundle bundle, String key, Object... values) {
        return new Words(bundle, key, values.clone());
    }

    /** {@return the key} */
    public String key() {
        return key;
    }

    /**
     * Says the words in a language.
     *
     * @param locale Spanish for {@code es}, otherwise English
     * @return the text
     */
    @Override
    public String in(Locale locale) {
        String pattern = bundle.pattern(key, locale);
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            out.append(pattern, i, open);
            int index = index(pattern, open + 1, close);
            if (index >= 0 && index < values.length) {
                Object value = values[index];
                out.append(value instanceof Localized l ? l.in(locale) : String.valueOf(value));
            } else {
                out.append(pattern, open, close + 1);
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static int index(String pattern, int from, int to) {
        if (from == to || to - from > 2) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = pattern.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** {@return the words in English} */
    public String english() {
        return in(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(values);
    }
}
