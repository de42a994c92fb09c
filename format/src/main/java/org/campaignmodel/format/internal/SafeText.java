package org.campaignmodel.format.internal;

/**
 * Text from a document as a message may show it: hidden characters escaped and long stretches cut,
 * so that printing a message can neither mislead nor harm a terminal.
 */
public final class SafeText {
    /** The longest message, as {@code DocumentException.MAX_MESSAGE_LENGTH}. */
    private static final int MAX_MESSAGE_LENGTH = 500;

    /** The longest stretch of a pointer or quoted value a message shows. */
    private static final int MAX_SHOWN = 80;

    private SafeText() {}

    /**
     * Puts together the message of a reading error: pointer, problem, and the line and column.
     *
     * @param pointer the JSON Pointer
     * @param problem what is wrong
     * @param line the one-based line, or 0
     * @param column the one-based column, or 0
     * @param ndjson whether the line counts NDJSON lines
     * @return the message, at most 500 characters
     */
    public static String message(String pointer, String problem, int line, int column, boolean ndjson) {
        StringBuilder message = new StringBuilder();
        if (ndjson && line > 0) {
            message.append("line ").append(line).append(": ");
        }
        message.append(pointer.isEmpty() ? "/" : shown(pointer, MAX_SHOWN)).append(": ");
        String where = "";
        if (!ndjson && line > 0) {
            where = " (line " + line + ", column " + column + ")";
        } else if (ndjson && column > 0) {
            where = " (column " + column + ")";
        }
        int room = MAX_MESSAGE_LENGTH - message.length() - where.length();
        message.append(shown(problem, room)).append(where);
        return message.toString();
    }

    /**
     * Text as a message may show it: hidden characters escaped, and cut with an ellipsis to at most
     * {@code max} characters.
     *
     * @param text any text
     * @param max the most characters to show
     * @return the text to show
     */
    public static String shown(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int cut = -1; // where the ellipsis goes if the whole text does not fit; escapes are never split
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String piece;
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                piece = paired ? text.substring(i, i + 2) : escape(c);
                if (paired) {
                    i++;
                }
            } else {
                piece = hidden(c) ? escape(c) : String.valueOf(c);
            }
            if (cut < 0 && out.length() + piece.length() > max - 1) {
                cut = out.length();
            }
            out.append(piece);
            if (out.length() > max) {
                return out.substring(0, cut) + '…';
            }
        }
        return out.toString();
    }

    private static boolean hidden(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF;
    }

    private static String escape(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
