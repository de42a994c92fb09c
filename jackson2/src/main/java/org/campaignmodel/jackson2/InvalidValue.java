package org.campaignmodel.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value the format cannot hold, such as an extension that is not JSON, met while writing. */
final class InvalidValue extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    InvalidValue(JsonGenerator generator, String message) {
        super(generator, message);
    }
}
