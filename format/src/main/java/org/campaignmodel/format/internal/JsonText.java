package org.campaignmodel.format.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSON text without a JSON library, for extension values, which the model keeps as text: a writer
 * that produces the canonical compact form (escaped exactly as Jackson escapes, so that every binding
 * stores the same text) and a strict reader for text that a user put into a builder. Why our own:
 * with one implementation, both bindings store and write extension values byte for byte alike.
 */
public final class JsonText {
    private JsonText() {}

    /** A problem with extension text, with a position in it. */
    public static final class SyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Copies one value, from the reader's current token to the end of that value.
     *
     * @param from a reader whose current token starts a value
     * @param to where to write it
     */
    public static void copy(TokenReader from, TokenWriter to) {
        int depth = 0;
        do {
            int token = from.current();
            switch (token) {
                case Token.START_OBJECT -> {
                    to.startObject(JsonText.class);
                    depth++;
                }
                case Token.START_ARRAY -> {
                    to.startArray();
                    depth++;
                }
                case Token.END_OBJECT -> {
                    to.endObject();
                    depth--;
                }
                case Token.END_ARRAY -> {
                    to.endArray();
                    depth--;
                }
                case Token.NAME -> to.name(from.string());
                case Token.STRING -> to.string(from.string());
                case Token.INT, Token.FLOAT -> to.numberAsWritten(from.numberText());
                case Token.TRUE -> to.bool(true);
                case Token.FALSE -> to.bool(false);
                case Token.NULL -> to.nullValue();
                default -> throw new SyntaxException("the text ends inside a value");
            }
        } while (depth > 0 && from.next() != Token.NONE);
    }

    /** Writes compact JSON into a {@code StringBuilder}. */
    public static final class Writer implements TokenWriter {
        private static final char[] HEX = "0123456789ABCDEF".toCharArray();
        private final StringBuilder out = new StringBuilder();
        /** For each open container, whether something was written in it yet. */
        private boolean[] written = new boolean[16];

        private int depth;
        private boolean afterName;

        /** Starts an empty text. */
        public Writer() {}

        private void beforeValue() {
            if (afterName) {
                afterName = false;
                return;
            }
            if (depth > 0) {
                if (written[depth - 1]) {
                    out.append(',');
                }
                written[depth - 1] = true;
            }
        }

        private void open(char c) {
            beforeValue();
            out.append(c);
            if (depth == written.length) {
                written = java.util.Arrays.copyOf(written, depth * 2);
            }
            written[depth++] = false;
        }

        private void close(char c) {
            out.append(c);
            depth--;
        }

        @Override
        public void startObject(Object value) {
            open('{');
        }

        @Override
        public void endObject() {
            close('}');
        }

        @Override
        public void startArray() {
            open('[');
        }

        @Override
        public void endArray() {
            close(']');
        }

        @Override
        public void name(int name) {
            name(ModelWriters.NAMES[name]);
        }

        @Override
        public void name(String name) {
            beforeValue();
            quoted(name);
            out.append(':');
            afterName = true;
        }

        @Override
        public void string(String value) {
            beforeValue();
            quoted(value);
        }

        @Override
        public void number(int value) {
            beforeValue();
            out.append(value);
        }

        @Override
        public void decimal(BigDecimal value) {
            beforeValue();
            out.append(value.toString());
        }

        @Override
        public void numberAsWritten(String text) {
            beforeValue();
            out.append(text);
        }

        @Override
        public void bool(boolean value) {
            beforeValue();
            out.append(value);
        }

        @Override
        public void nullValue() {
            beforeValue();
            out.append("null");
        }

        @Override
        public boolean inRoot() {
            return depth == 0;
        }

        /** {@return how many characters are written} */
        public int length() {
            return out.length();
        }

        @Override
        public String toString() {
            return out.toString();
        }

        private void quoted(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\b' -> out.append("\\b");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\f' -> out.append("\\f");
                    case '\r' -> out.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }

    /**
     * Reads one JSON value from text, strictly: standard JSON only, nothing after the value. Errors
     * are {@link SyntaxException}s that say what and where.
     */
    public static final class Reader implements TokenReader {
        private final String text;
        private int at;
        private int token = Token.NONE;
        private @Nullable String value;
        /** Open containers: true for an object. */
        private final List<Boolean> open = new ArrayList<>();
        /** Whether the next token in the innermost container needs a comma before it. */
        private boolean needComma;
        /** Whether the innermost object expects a value after a name. */
        private boolean afterName;

        private boolean done;

        /**
         * Reads the given text.
         *
         * @param text JSON text
         */
        public Reader(String text) {
            this.text = text;
        }

        private SyntaxException error(String what) {
            return new SyntaxException(what + " at character " + (at + 1));
        }

        private void skipBlanks() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                at++;
            }
        }

        @Override
        public int next() {
            skipBlanks();
            value = null;
            if (done) {
                if (at < text.length()) {
                    throw error("more than one JSON value");
                }
                token = Token.NONE;
                return token;
            }
            if (at == text.length()) {
                throw error(open.isEmpty() && token == Token.NONE ? "no JSON value" : "the text ends too soon");
            }
            char c = text.charAt(at);
            boolean inObject = !open.isEmpty() && open.get(open.size() - 1);
            if (c == '}' || c == ']') {
                if (open.isEmpty() || inObject != (c == '}') || afterName) {
                    throw error("'" + c + "' closes nothing open here");
                }
                at++;
                open.remove(open.size() - 1);
                needComma = true;
                done = open.isEmpty();
                token = c == '}' ? Token.END_OBJECT : Token.END_ARRAY;
                return token;
            }
            if (needComma) {
                if (c != ',') {
                    throw error("a comma is missing");
                }
                at++;
                skipBlanks();
                if (at == text.length()) {
                    throw error("the text ends too soon");
                }
                c = text.charAt(at);
                needComma = false;
                if (c == '}' || c == ']') {
                    throw error("a comma is followed by nothing");
                }
            }
            if (inObject && !afterName) {
                if (c != '"') {
                    throw error("a property name is not in double quotes");
                }
                value = quoted();
                skipBlanks();
                if (at == text.length() || text.charAt(at) != ':') {
                    throw error("a colon is missing");
                }
                at++;
                afterName = true;
                token = Token.NAME;
                return token;
            }
            afterName = false;
            token = scalarOrOpen(c);
            if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
                needComma = true;
                done = open.isEmpty();
            }
            return token;
        }

        private int scalarOrOpen(char c) {
            switch (c) {
                case '{', '[' -> {
                    at++;
                    open.add(c == '{');
                    needComma = false;
                    return c == '{' ? Token.START_OBJECT : Token.START_ARRAY;
                }
                case '"' -> {
                    value = quoted();
                    return Token.STRING;
                }
                case 't' -> {
                    literal("true");
                    return Token.TRUE;
                }
                case 'f' -> {
                    literal("false");
                    return Token.FALSE;
                }
                case 'n' -> {
                    literal("null");
                    return Token.NULL;
                }
                default -> {
                    return number();
                }
            }
        }

        private void literal(String word) {
            if (!text.startsWith(word, at)) {
                throw error("not a JSON value");
            }
            at += word.length();
        }

        private int number() {
            int start = at;
            boolean integral = true;
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '0') {
                at++;
            } else if (digits() == 0) {
                throw error("not a JSON value");
            }
            if (at < text.length() && text.charAt(at) == '.') {
                at++;
                integral = false;
                if (digits() == 0) {
                    throw error("a digit must follow the decimal point");
                }
            }
            if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
                at++;
                integral = false;
                if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                    at++;
                }
                if (digits() == 0) {
                    throw error("a digit must follow the exponent");
                }
            }
            value = text.substring(start, at);
            return integral ? Token.INT : Token.FLOAT;
        }

        private int digits() {
            int start = at;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            return at - start;
        }

        private String quoted() {
            at++; // the opening quote
            StringBuilder b = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw error("a string is not closed");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return b.toString();
                }
                if (c < 0x20) {
                    throw error("a control character stands unescaped in a string");
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    throw error("a string is not closed");
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("a \\u escape needs four hexadecimal digits");
                        }
                        int code = 0;
                        for (int i = 0; i < 4; i++) {
                            int d = Character.digit(text.charAt(at++), 16);
                            if (d < 0) {
                                throw error("a \\u escape needs four hexadecimal digits");
                            }
                            code = code * 16 + d;
                        }
                        b.append((char) code);
                    }
                    default -> throw error("'\\" + e + "' is not an escape JSON knows");
                }
            }
        }

        @Override
        public int current() {
            return token;
        }

        @Override
        public @Nullable String nextName() {
            return next() == Token.NAME ? string() : null;
        }

        @Override
        public String string() {
            return value == null ? "" : value;
        }

        @Override
        public String numberText() {
            return string();
        }

        @Override
        public boolean isInt() {
            return false;
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
            if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
                return;
            }
            int depth = 1;
            while (depth > 0) {
                int t = next();
                if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
                    depth++;
                } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
                    depth--;
                }
            }
        }

        @Override
        public String pointer() {
            return "";
        }

        @Override
        public String containerPointer() {
            return "";
        }

        @Override
        public boolean atRoot() {
            return open.size() == 1;
        }

        @Override
        public int depth() {
            return open.size();
        }

        @Override
        public long offset() {
            return at;
        }

        @Override
        public int line() {
            return 0;
        }

        @Override
        public int column() {
            return 0;
        }

        @Override
        public boolean needsLimitChecks() {
            return false;
        }
    }
}
