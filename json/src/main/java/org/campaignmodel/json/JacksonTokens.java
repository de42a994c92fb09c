package org.campaignmodel.json;

import java.math.BigDecimal;
import org.campaignmodel.format.Limits;
import org.campaignmodel.format.internal.Token;
import org.campaignmodel.format.internal.TokenReader;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** A Jackson 3 parser as the codec reads it. */
final class JacksonTokens implements TokenReader {
    private final JsonParser p;
    private final boolean checkLimits;

    JacksonTokens(JsonParser p, Limits limits) {
        this.p = p;
        // the facade's parser already holds the depth and length limits; another mapper's may not
        StreamReadConstraints parser = p.streamReadConstraints();
        this.checkLimits = parser.getMaxNestingDepth() > limits.maxDepth()
                || parser.getMaxDocumentLength() <= 0
                || parser.getMaxDocumentLength() > limits.maxDocumentLength();
    }

    @Override
    public int next() {
        JsonToken token = p.nextToken();
        return token == null ? Token.NONE : token.id();
    }

    @Override
    public int current() {
        return p.currentTokenId();
    }

    @Override
    public @Nullable String nextName() {
        return p.nextName();
    }

    @Override
    public String string() {
        return p.getString();
    }

    @Override
    public String numberText() {
        return p.getString();
    }

    @Override
    public boolean isInt() {
        return p.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int intValue() {
        return p.getIntValue();
    }

    @Override
    public BigDecimal decimalValue() {
        return p.getDecimalValue();
    }

    @Override
    public void skipChildren() {
        p.skipChildren();
    }

    @Override
    public String pointer() {
        return p.streamReadContext().pathAsPointer().toString();
    }

    @Override
    public String containerPointer() {
        TokenStreamContext parent = p.streamReadContext().getParent();
        return parent == null ? "" : parent.pathAsPointer().toString();
    }

    @Override
    public boolean atRoot() {
        TokenStreamContext parent = p.streamReadContext().getParent();
        return parent != null && parent.inRoot();
    }

    @Override
    public int depth() {
        return p.streamReadContext().getNestingDepth();
    }

    @Override
    public long offset() {
        TokenStreamLocation at = p.currentLocation();
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
