package org.campaignmodel.json.export;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON string escapes that make the text safe to paste into an HTML page as it is: {@code <}, {@code
 * >} and {@code &} become <code>&#92;u003c</code>, <code>&#92;u003e</code> and <code>&#92;u0026</code>, so that no string can
 * close a {@code <script>} element or open a comment, and U+2028 and U+2029 are escaped because older
 * JavaScript engines end a line at them. A JSON parser reads back exactly the original text.
 */
final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private static final int[] ASCII = asciiEscapes();
    private static final SerializedString LESS_THAN = new SerializedString("\\u003c");
    private static final SerializedString GREATER_THAN = new SerializedString("\\u003e");
    private static final SerializedString AMPERSAND = new SerializedString("\\u0026");
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private static int[] asciiEscapes() {
        int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
        escapes['<'] = CharacterEscapes.ESCAPE_CUSTOM;
        escapes['>'] = CharacterEscapes.ESCAPE_CUSTOM;
        escapes['&'] = CharacterEscapes.ESCAPE_CUSTOM;
        return escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
        return switch (ch) {
            case '<' -> LESS_THAN;
            case '>' -> GREATER_THAN;
            case '&' -> AMPERSAND;
            case 0x2028 -> LINE_SEPARATOR;
            case 0x2029 -> PARAGRAPH_SEPARATOR;
            default -> null;
        };
    }
}
