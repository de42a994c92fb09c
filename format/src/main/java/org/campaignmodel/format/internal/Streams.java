package org.campaignmodel.format.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Streams the caller owns, kept open by the parsers and generators that would close them. */
public final class Streams {
    private Streams() {}

    /**
     * Wraps a stream so that closing the wrapper leaves it open.
     *
     * @param in the caller's stream
     * @return the wrapper
     */
    public static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(Objects.requireNonNull(in, "in")) {
            @Override
            public void close() {}
        };
    }

    /**
     * Wraps a reader so that closing the wrapper leaves it open.
     *
     * @param in the caller's reader
     * @return the wrapper
     */
    public static Reader nonClosing(Reader in) {
        return new FilterReader(Objects.requireNonNull(in, "in")) {
            @Override
            public void close() {}
        };
    }

    /**
     * Wraps a stream so that closing the wrapper only flushes it.
     *
     * @param out the caller's stream
     * @return the wrapper
     */
    public static OutputStream nonClosing(OutputStream out) {
        return new FilterOutputStream(Objects.requireNonNull(out, "out")) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * Reads UTF-8, refusing bytes that are not.
     *
     * @param in the bytes
     * @return the characters
     */
    public static Reader utf8(InputStream in) {
        return new InputStreamReader(
                Objects.requireNonNull(in, "in"),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
