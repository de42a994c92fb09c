package org.campaignmodel.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error while a long NDJSON file is checked, when standard error is a
 * terminal: how far through the file, and how many documents so far. Redrawn at most five times a
 * second, and erased when done, so that it never mixes with the report.
 */
final class Progress {
    /** Files smaller than this are done before a bar would help. */
    static final long MIN_SIZE = 1 << 20;

    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final String name;
    private final long size;
    private final LongSupplier clock;
    private long read;
    private long drawn;
    private boolean shown;

    Progress(PrintWriter err, String name, long size, LongSupplier clock) {
        this.err = err;
        this.name = name;
        this.size = size;
        this.clock = clock;
    }

    /** Tells whether the console is a terminal a bar can be drawn on. */
    @SuppressWarnings("SystemConsoleNull") // null on 17 to 21, and isTerminal() says it on 22 and later
    static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22 and later give a console even when redirected; isTerminal tells
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** {@return the stream, counting the bytes read through it} */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                }
                return n;
            }
        };
    }

    /** Redraws the bar if it is time to, after the given number of documents. */
    void update(long documents) {
        long now = clock.getAsLong();
        if (shown && now - drawn < EVERY_NANOS) {
            return;
        }
        drawn = now;
        err.print('\r' + bar(read, size, documents, name));
        err.flush();
        shown = true;
    }

    /** Erases the bar. */
    void done() {
        if (shown) {
            err.print("\r" + " ".repeat(WIDTH + name.length() + 40) + "\r");
            err.flush();
        }
    }

    /** The bar for a place in a file, such as {@code [#######.......]  45%  12,345 documents  big.ndjson}. */
    static String bar(long read, long size, long documents, String name) {
        int percent = size <= 0 ? 0 : (int) Math.min(100, read * 100 / size);
        int filled = percent * WIDTH / 100;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + "  "
                + String.format("%,d", documents) + (documents == 1 ? " document  " : " documents  ") + name;
    }
}
