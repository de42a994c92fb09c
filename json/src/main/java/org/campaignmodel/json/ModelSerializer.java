package org.campaignmodel.json;

import org.campaignmodel.format.internal.Codec;
import org.campaignmodel.format.internal.WriteProblem;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Hands one model type's values to the codec.
 *
 * @param <T> the model type
 */
final class ModelSerializer<T> extends ValueSerializer<T> {
    private final Codec codec;
    private final ValueType type;
    private final Class<T> handled;

    ModelSerializer(Codec codec, ValueType type, Class<T> handled) {
        this.codec = codec;
        this.type = type;
        this.handled = handled;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        try {
            codec.write(new JacksonWriter(gen), value, type);
        } catch (WriteProblem problem) {
            throw new InvalidValue(gen, String.valueOf(problem.getMessage()));
        }
    }

    @Override
    public Class<?> handledType() {
        return handled;
    }
}
