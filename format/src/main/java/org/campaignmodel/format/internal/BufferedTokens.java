package org.campaignmodel.format.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import org.campaignmodel.internal.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * One object's tokens, recorded from a live reader and played back: for a union member whose {@code
 * type} is not its first property, which must be known before the object can be read. Playback
 * gives the same pointers, lines and columns the live reader gave, and knows how deep the object
 * sits in the whole document, so that messages and limits are as if it were read directly.
 */
public final class BufferedTokens implements TokenReader {
    private int size;
    private int[] tokens = new int[32];
    private @Nullable String[] texts = new String[32];
    private boolean[] ints = new boolean[32];
    private int[] lines = new int[32];
    private int[] columns = new int[32];

    private final String prefix;
    private final boolean needsLimitChecks;
    // known once the object is recorded: where the live reader stands after it
    private int baseDepth;
    private long offset;

    private @Nullable String typeName;
    private int typeToken = Token.NONE;
    private String typePointer = "";
    private int typeLine;
    private int typeColumn;

    // playback state: one frame per open object or list
    private int position = -1;
    private int depth;
    private boolean[] frameIsArray = new boolean[8];
    private @Nullable String[] frameName = new String[8];
    private int[] frameIndex = new int[8];

    private BufferedTokens(String prefix, boolean needsLimitChecks) {
        this.prefix = prefix;
        this.needsLimitChecks = needsLimitChecks;
    }

    /**
     * Records the rest of an object from a live reader.
     *
     * @param r the live reader, at the object's first property name
     * @param first that name
     * @param objectPointer the object's pointer in the document
     * @return the recording, positioned before the object's start
     */
    static BufferedTokens record(TokenReader r, String first, String objectPointer) {
        int line = r.line();
        int column = r.column();
        // the object's start was read already; its place is taken as the first name's
        BufferedTokens b = new BufferedTokens(objectPointer, r.needsLimitChecks());
        b.add(Token.START_OBJECT, null, false, line, column);
        boolean typeSeen = false;
        for (String name = first; name != null; name = r.nextName()) {
            b.add(Token.NAME, name, false, r.line(), r.column());
            int token = r.next();
            if (Codec.TYPE_PROPERTY.equals(name) && !typeSeen) {
                typeSeen = true;
                b.typeToken = token;
                b.typePointer = r.pointer();
                b.typeLine = r.line();
                b.typeColumn = r.column();
                if (token == Token.STRING) {
                    b.typeName = r.string();
                }
            }
            b.copy(r);
        }
        b.add(Token.END_OBJECT, null, false, r.line(), r.column());
        // past the object's end the live reader is back at its parent's depth
        b.baseDepth = r.depth();
        b.offset = r.offset();
        return b;
    }

    /** Records the value at the live reader's current token, to its end. */
    private void copy(TokenReader r) {
        int open = 0;
        do {
            int token = r.current();
            String text = null;
            boolean isInt = false;
            switch (token) {
                case Token.START_OBJECT, Token.START_ARRAY -> open++;
                case Token.END_OBJECT, Token.END_ARRAY -> open--;
                case Token.NAME, Token.STRING -> text = r.string();
                case Token.INT -> {
                    text = r.numberText();
                    isInt = r.isInt();
                }
                case Token.FLOAT -> text = r.numberText();
                default -> {}
            }
            add(token, text, isInt, r.line(), r.column());
        } while (open > 0 && r.next() != Token.NONE);
    }

    private void add(int token, @Nullable String text, boolean isInt, int line, int column) {
        if (size == tokens.length) {
            int n = size * 2;
            tokens = Arrays.copyOf(tokens, n);
            texts = Arrays.copyOf(texts, n);
            ints = Arrays.copyOf(ints, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
        }
        tokens[size] = token;
        texts[size] = text;
        ints[size] = isInt;
        lines[size] = line;
        columns[size] = column;
        size++;
    }

    /** {@return the first {@code type}'s text, if it was a string} */
    @Nullable
    String typeName() {
        return typeName;
    }

    /** {@return whether the object has a {@code type} at all} */
    boolean hasType() {
        return typeToken != Token.NONE;
    }

    /** {@return the token of the first {@code type}'s value} */
    Words typeDescription() {
        return Token.describe(typeToken);
    }

    /** {@return where the first {@code type}'s value is} */
    public String typePointer() {
        return typePointer;
    }

    /** {@return the line of the first {@code type}'s value} */
    public int typeLine() {
        return typeLine;
    }

    /** {@return the column of the first {@code type}'s value} */
    public int typeColumn() {
        return typeColumn;
    }

    /**
     * Moves to the object's start, ready to read it.
     *
     * @return this reader
     */
    public BufferedTokens start() {
        position = -1;
        depth = 0;
        next();
        return this;
    }

    /**
     * Moves to the first property of the object with this name, from the object's start.
     *
     * @param name the property
     * @return true at its name; false at the object's end when it has none
     */
    boolean seek(String name) {
        start();
        for (String at = nextName(); at != null; at = nextName()) {
            if (at.equals(name)) {
                return true;
            }
            next();
            skipChildren();
        }
        return false;
    }

    @Override
    public int next() {
        if (position + 1 >= size) {
            position = size;
            return Token.NONE;
        }
        int token = tokens[++position];
        switch (token) {
            case Token.NAME -> frameName[depth - 1] = texts[position];
            case Token.END_OBJECT, Token.END_ARRAY -> depth--;
            default -> {
                if (depth > 0 && frameIsArray[depth - 1]) {
                    frameIndex[depth - 1]++;
                }
                if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
                    push(token == Token.START_ARRAY);
                }
            }
        }
        return token;
    }

    private void push(boolean array) {
        if (depth == frameIsArray.length) {
            frameIsArray = Arrays.copyOf(frameIsArray, depth * 2);
            frameName = Arrays.copyOf(frameName, depth * 2);
            frameIndex = Arrays.copyOf(frameIndex, depth * 2);
        }
        frameIsArray[depth] = array;
        frameName[depth] = null;
        frameIndex[depth] = -1;
        depth++;
    }

    @Override
    public int current() {
        return position < 0 || position >= size ? Token.NONE : tokens[position];
    }

    @Override
    public @Nullable String nextName() {
        return next() == Token.NAME ? string() : null;
    }

    @Override
    public String string() {
        String text = position < 0 || position >= size ? null : texts[position];
        return text == null ? "" : text;
    }

    @Override
    public String numberText() {
        return string();
    }

    @Override
    public boolean isInt() {
        return ints[position];
    }

    @Override
    public int intValue() {
        return Integer.parseInt(string());
    }

    @Override
    public BigDecimal decimalValue() {
        return new BigDecimal(string());
    }

    @Override
    public void skipChildren() {
        int token = current();
        if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
            return;
        }
        int open = 1;
        while (open > 0) {
            int t = next();
            if (t == Token.NONE) {
                return;
            }
            if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
                open++;
            } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
                open--;
            }
        }
    }

    private String pointer(int frames) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < frames; i++) {
            if (frameIsArray[i]) {
                if (frameIndex[i] >= 0) {
                    b.append('/').append(frameIndex[i]);
                }
            } else {
                String name = frameName[i];
                if (name != null) {
                    b.append('/').append(name.replace("~", "~0").replace("/", "~1"));
                }
            }
        }
        return b.toString();
    }

    @Override
    public String pointer() {
        return pointer(depth);
    }

    @Override
    public String containerPointer() {
        return pointer(Math.max(depth - 1, 0));
    }

    @Override
    public boolean atRoot() {
        return false;
    }

    @Override
    public int depth() {
        return baseDepth + depth;
    }

    @Override
    public long offset() {
        return offset;
    }

    @Override
    public int line() {
        return position < 0 || position >= size ? 0 : lines[position];
    }

    @Override
    public int column() {
        return position < 0 || position >= size ? 0 : columns[position];
    }

    @Override
    public boolean needsLimitChecks() {
        return needsLimitChecks;
    }
}
