package org.campaignmodel.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.campaignmodel.format.internal.ModelWriters;
import org.campaignmodel.format.internal.TokenWriter;

/** A Jackson 2 generator as the codec writes to it, with the model's names encoded once. */
final class Jackson2Writer implements TokenWriter {
    private static final SerializableString[] NAMES = names();

    private final JsonGenerator g;
    /** False for a token buffer or tree (valueToTree), which takes no text for a number. */
    private final boolean formatted;

    Jackson2Writer(JsonGenerator g) {
        this.g = g;
        this.formatted = g.canWriteFormattedNumbers();
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
        try {
            g.writeStartObject(value);
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void endObject() {
        try {
            g.writeEndObject();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void startArray() {
        try {
            g.writeStartArray();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void endArray() {
        try {
            g.writeEndArray();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void name(int name) {
        try {
            g.writeFieldName(NAMES[name]);
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void name(String name) {
        try {
            g.writeFieldName(name);
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void string(String value) {
        try {
            g.writeString(value);
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void number(int value) {
        try {
            g.writeNumber(value);
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void decimal(BigDecimal value) {
        try {
            // toString keeps the scale, as the Jackson 3 binding writes it
            if (formatted) {
                g.writeNumber(value.toString());
            } else {
                g.writeNumber(value);
            }
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void numberAsWritten(String text) {
        try {
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
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void bool(boolean value) {
        try {
            g.writeBoolean(value);
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void nullValue() {
        try {
            g.writeNull();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public boolean inRoot() {
        return g.getOutputContext().inRoot();
    }
}
