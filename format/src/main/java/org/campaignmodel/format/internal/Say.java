package org.campaignmodel.format.internal;

import org.campaignmodel.internal.text.Bundle;
import org.campaignmodel.internal.text.Words;

/** The reader's messages ({@code ReaderMessages.properties} and its Spanish) and a short way to say them. */
public final class Say {
    /** The bundle. */
    public static final Bundle MESSAGES = Bundle.load(Say.class::getResourceAsStream, "ReaderMessages");

    private Say() {}

    /**
     * Makes words from the reader's messages.
     *
     * @param key the key
     * @param values the values, in order
     * @return the words
     */
    public static Words words(String key, Object... values) {
        return Words.of(MESSAGES, key, values);
    }
}
