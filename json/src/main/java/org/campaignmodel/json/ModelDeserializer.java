package org.campaignmodel.json;

import org.campaignmodel.format.internal.Codec;
import org.campaignmodel.format.internal.ReadProblem;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Hands one model type's values to the codec, strictly: the first problem is the mapper's error.
 *
 * @param <T> the model type
 */
final class ModelDeserializer<T> extends ValueDeserializer<T> {
    private final Codec codec;
    private final ValueType type;
    private final Class<T> handled;

    ModelDeserializer(Codec codec, ValueType type, Class<T> handled) {
        this.codec = codec;
        this.type = type;
        this.handled = handled;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
            return handled.cast(codec.readStrict(new JacksonTokens(p, codec.limits()), type));
        } catch (ReadProblem problem) {
            throw new InvalidInput(p, problem);
        }
    }

    @Override
    public Class<?> handledType() {
        return handled;
    }
}
