package org.campaignmodel.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import org.campaignmodel.format.internal.Codec;
import org.campaignmodel.format.internal.ReadProblem;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;

/**
 * Hands one model type's values to the codec, strictly: the first problem is the mapper's error.
 *
 * @param <T> the model type
 */
final class ModelDeserializer<T> extends JsonDeserializer<T> {
    private final Codec codec;
    private final ValueType type;
    private final Class<T> handled;

    ModelDeserializer(Codec codec, ValueType type, Class<T> handled) {
        this.codec = codec;
        this.type = type;
        this.handled = handled;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
            return handled.cast(codec.readStrict(new Jackson2Tokens(p, codec.limits()), type));
        } catch (ReadProblem problem) {
            throw new InvalidInput(p, problem);
        } catch (Jackson2Failure failure) {
            throw failure.original();
        }
    }

    @Override
    public Class<?> handledType() {
        return handled;
    }
}
