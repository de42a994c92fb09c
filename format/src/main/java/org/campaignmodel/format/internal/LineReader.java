package org.campaignmodel.format.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines with a bound on their length, so that one endless line cannot fill the memory: an
 * over-long line is skipped to its end and reported as such.
 */
public final class LineReader {
    private final Reader in;
    private final long maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int lineNumber;
    private boolean tooLong;

    public LineReader(Reader in, long maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    public int lineNumber() {
        return lineNumber;
    }

    /** Tells whether the line {@link #next()} returned last was cut short for its length. */
    public boolean tooLong() {
        return tooLong;
    }

    /** Returns the next line without its terminator (empty if it was too long), or null at the end. */
    public @Nullable String next() {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        boolean any = false;
        try {
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                char c = buffer[position++];
                if (c == '\n') {
                    break;
                }
                if (!tooLong) {
                    if (line.length() >= maxLength) {
                        tooLong = true;
                        line.setLength(0);
                    } else {
                        line.append(c);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lineNumber++;
        if (tooLong) {
            return "";
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }
}
