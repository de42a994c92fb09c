package org.campaignmodel.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;

/** A value the format cannot hold, such as an extension that is not JSON, met while writing. */
final class InvalidValue extends DatabindException {
    private static final long serialVersionUID = 1L;

    InvalidValue(JsonGenerator generator, String message) {
        super(generator, message);
    }
}
