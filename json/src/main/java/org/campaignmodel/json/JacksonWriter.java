package org.campaignmodel.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.campaignmodel.format.internal.ModelWriters;
import org.campaignmodel.format.internal.TokenWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteCapability;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 generator as the codec writes to it, with the model's names encoded once. */
final class JacksonWriter implements TokenWriter {
    private static final SerializableString[] NAMES = names();

    private final JsonGenerator g;
    /** False for a token buffer or tree (valueToTree), which takes no text for a number. */
    private final boolean formatted;

    JacksonWriter(JsonGenerator g) {
        this.g = g;
        this.formatted = g.has(StreamWriteCapability.CAN_WRITE_FORMATTED_NUMBERS);
    }

    private static SerializableString[] names() {
        SerializableString[] names = new SerializableString[ModelWriters.NAMES.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = new SerializedString(ModelWriters.NAMES[i]);
        }
        return names;
    }

    @Override
    public void startObject(Object value) {
        g.writeStartObject(value);
    }

    @Override
    public void endObject() {
        g.writeEndObject();
    }

    @Override
    public void startArray() {
        g.writeStartArray();
    }

    @Override
    public void endArray() {
        g.writeEndArray();
    }

    @Override
    public void name(int name) {
        g.writeName(NAMES[name]);
    }

    @Override
    public void name(String name) {
        g.writeName(name);
    }

    @Override
    public void string(String value) {
        g.writeString(value);
    }

    @Override
    public void number(int value) {
        g.writeNumber(value);
    }

    @Override
    public void decimal(BigDecimal value) {
        // toString keeps the scale too, so 25000000.00 reads back as 25000000.00; it is plain
        // unless the scale is negative or the number is below 0.000001.
        if (formatted) {
            g.writeNumber(value.toString());
        } else {
            g.writeNumber(value);
        }
    }

    @Override
    public void numberAsWritten(String text) {
        if (formatted) {
            g.writeNumber(text);
        } else if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            g.writeNumber(new BigDecimal(text));
        } else {
            BigInteger n = new BigInteger(text);
            if (n.bitLength() < 32) {
                g.writeNumber(n.intValue());
            } else if (n.bitLength() < 64) {
                g.writeNumber(n.longValue());
            } else {
                g.writeNumber(n);
            }
        }
    }

    @Override
    public void bool(boolean value) {
        g.writeBoolean(value);
    }

    @Override
    public void nullValue() {
        g.writeNull();
    }

    @Override
    public boolean inRoot() {
        return g.streamWriteContext().inRoot();
    }
}
