package org.campaignmodel.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import org.campaignmodel.format.Limits;
import org.campaignmodel.format.internal.Token;
import org.campaignmodel.format.internal.TokenReader;
import org.jspecify.annotations.Nullable;

/** A Jackson 2 parser as the codec reads it. */
final class Jackson2Tokens implements TokenReader {
    private final JsonParser p;
    private final boolean checkLimits;

    Jackson2Tokens(JsonParser p, Limits limits) {
        this.p = p;
        // the facade's parser already holds the depth and length limits; another mapper's may not
        StreamReadConstraints parser = p.streamReadConstraints();
        this.checkLimits = parser.getMaxNestingDepth() > limits.maxDepth()
                || parser.getMaxDocumentLength() <= 0
                || parser.getMaxDocumentLength() > limits.maxDocumentLength();
    }

    @Override
    public int next() {
        try {
            JsonToken token = p.nextToken();
            return token == null ? Token.NONE : token.id();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public int current() {
        return p.currentTokenId();
    }

    @Override
    public @Nullable String nextName() {
        try {
            return p.nextFieldName();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public String string() {
        try {
            return p.getText();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public String numberText() {
        return string();
    }

    @Override
    public boolean isInt() {
        try {
            return p.getNumberType() == JsonParser.NumberType.INT;
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public int intValue() {
        try {
            return p.getIntValue();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public BigDecimal decimalValue() {
        try {
            return p.getDecimalValue();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public void skipChildren() {
        try {
            p.skipChildren();
        } catch (IOException e) {
            throw new Jackson2Failure(e);
        }
    }

    @Override
    public String pointer() {
        return p.getParsingContext().pathAsPointer().toString();
    }

    @Override
    public String containerPointer() {
        JsonStreamContext parent = p.getParsingContext().getParent();
        return parent == null ? "" : parent.pathAsPointer().toString();
    }

    @Override
    public boolean atRoot() {
        JsonStreamContext parent = p.getParsingContext().getParent();
        return parent != null && parent.inRoot();
    }

    @Override
    public int depth() {
        return p.getParsingContext().getNestingDepth();
    }

    @Override
    public long offset() {
        JsonLocation at = p.currentLocation();
        return Math.max(at.getCharOffset(), at.getByteOffset());
    }

    @Override
    public int line() {
        return Math.max(p.currentTokenLocation().getLineNr(), 0);
    }

    @Override
    public int column() {
        return Math.max(p.currentTokenLocation().getColumnNr(), 0);
    }

    @Override
    public boolean needsLimitChecks() {
        return checkLimits;
    }
}
