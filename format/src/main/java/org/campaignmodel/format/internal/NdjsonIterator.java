package org.campaignmodel.format.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.campaignmodel.format.DocumentException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one NDJSON line at a time with a binding's reader, handing bad lines to the caller's
 * handler: blank lines are skipped, and an over-long line is reported without being held.
 *
 * @param <T> the documents' type
 * @param <E> the binding's error type
 */
public final class NdjsonIterator<T, E extends DocumentException> implements Iterator<T> {
    /** What a binding does to a line. */
    public interface Lines<T, E extends DocumentException> {
        /**
         * Reads one line's document.
         *
         * @param line the line
         * @return the document
         */
        T read(String line);

        /**
         * Gives the binding's error the NDJSON line number.
         *
         * @param e the error of the line's document
         * @param lineNumber the line
         * @return the error as it was found on that line
         */
        E atLine(E e, int lineNumber);

        /**
         * Makes the error of a line longer than the document limit.
         *
         * @param lineNumber the line
         * @return the error
         */
        E tooLong(int lineNumber);
    }

    private final LineReader lines;
    private final Lines<T, E> binding;
    private final Class<E> errors;
    private final Consumer<? super E> badLines;
    private @Nullable T next;

    /**
     * Reads lines.
     *
     * @param lines the input's lines
     * @param binding what the binding does to each
     * @param errors the binding's error type, which bad lines throw
     * @param badLines receives the error of each bad line
     */
    public NdjsonIterator(LineReader lines, Lines<T, E> binding, Class<E> errors, Consumer<? super E> badLines) {
        this.lines = lines;
        this.binding = binding;
        this.errors = errors;
        this.badLines = badLines;
    }

    /**
     * Reads newline-delimited JSON lazily as a stream that closes the input when it is closed.
     *
     * @param in the lines
     * @param maxLineLength the longest line to read, the limit on documents
     * @param binding what the binding does to each line
     * @param errors the binding's error type
     * @param badLines receives the error of each bad line
     * @param <T> the documents' type
     * @param <E> the binding's error type
     * @return the documents that could be read, in order
     */
    public static <T, E extends DocumentException> Stream<T> stream(
            Reader in, long maxLineLength, Lines<T, E> binding, Class<E> errors, Consumer<? super E> badLines) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(badLines, "badLines");
        Iterator<T> iterator = new NdjsonIterator<>(new LineReader(in, maxLineLength), binding, errors, badLines);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * The message of an over-long line, shared by the bindings.
     *
     * @return the message
     */
    public static String tooLongMessage() {
        return Say.words("line.too_long").english();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            String line = lines.next();
            if (line == null) {
                return false;
            }
            if (lines.tooLong()) {
                badLines.accept(binding.tooLong(lines.lineNumber()));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                next = binding.read(line);
            } catch (DocumentException e) {
                if (!errors.isInstance(e)) {
                    throw e;
                }
                badLines.accept(binding.atLine(errors.cast(e), lines.lineNumber()));
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T value = Objects.requireNonNull(next);
        next = null;
        return value;
    }
}
