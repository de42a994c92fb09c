package org.campaignmodel.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.campaignmodel.format.internal.Codec;
import org.campaignmodel.format.internal.WriteProblem;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;

/**
 * Hands one model type's values to the codec.
 *
 * @param <T> the model type
 */
final class ModelSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // serializers are not serialized in practice; the codec is immutable
    private final Codec codec;

    @SuppressWarnings("serial")
    private final ValueType type;

    ModelSerializer(Codec codec, ValueType type, Class<T> handled) {
        super(handled);
        this.codec = codec;
        this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        try {
            codec.write(new Jackson2Writer(gen), value, type);
        } catch (WriteProblem problem) {
            throw new InvalidValue(gen, String.valueOf(problem.getMessage()));
        } catch (Jackson2Failure failure) {
            throw failure.original();
        }
    }
}
