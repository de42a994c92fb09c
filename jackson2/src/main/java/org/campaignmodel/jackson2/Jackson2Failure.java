package org.campaignmodel.jackson2;

import java.io.IOException;

/**
 * Carries a Jackson 2 parser's or generator's checked exception through the codec, whose token
 * interfaces throw none; the module's serializers and deserializers throw the original again.
 */
final class Jackson2Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an exception, serializable in practice
    private final IOException original;

    Jackson2Failure(IOException cause) {
        super(cause.getMessage(), cause, false, false);
        this.original = cause;
    }

    IOException original() {
        return original;
    }
}
