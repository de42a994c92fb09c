package org.campaignmodel.json;

import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Hands one model type's values to the codec. */
final class ModelDeserializer<T> extends ValueDeserializer<T> {
    private final ModelCodec codec;
    private final ValueType type;
    private final Class<T> handled;

    ModelDeserializer(ModelCodec codec, ValueType type, Class<T> handled) {
        this.codec = codec;
        this.type = type;
        this.handled = handled;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        return handled.cast(codec.read(p, ctxt, type));
    }

    @Override
    public Class<?> handledType() {
        return handled;
    }
}
