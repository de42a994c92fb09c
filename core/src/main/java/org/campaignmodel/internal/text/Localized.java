package org.campaignmodel.internal.text;

import java.util.Locale;

/** Something that says itself in a language, such as a parser's reason; {@link Words} fill it in. */
@FunctionalInterface
public interface Localized {
    /**
     * Says it.
     *
     * @param locale Spanish for {@code es}, otherwise English
     * @return the text
     */
    String in(Locale locale);
}
