package org.campaignmodel.cli;

/**
 * Indents compact JSON, two spaces a level, without reading it into values, so that numbers and
 * strings stay exactly as the canonical writer wrote them.
 */
final class Pretty {
    private Pretty() {}

    /**
     * Indents a compact JSON text, as the binding writes it: no white space outside strings.
     *
     * @param compact the text
     * @return the indented text, ending in a newline
     */
    static String indent(String compact) {
        StringBuilder out = new StringBuilder(compact.length() * 2);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(compact.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    inString = true;
                    out.append(c);
                }
                case '{', '[' -> {
                    char close = c == '{' ? '}' : ']';
                    if (i + 1 < compact.length() && compact.charAt(i + 1) == close) {
                        out.append(c).append(close);
                        i++;
                    } else {
                        depth++;
                        out.append(c);
                        newline(out, depth);
                    }
                }
                case '}', ']' -> {
                    depth--;
                    newline(out, depth);
                    out.append(c);
                }
                case ',' -> {
                    out.append(c);
                    newline(out, depth);
                }
                case ':' -> out.append(": ");
                default -> out.append(c);
            }
        }
        return out.append('\n').toString();
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }
}
