package org.campaignmodel.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.campaignmodel.validation.CampaignValidationException;
import org.campaignmodel.validation.CampaignValidator;

/**
 * What every binding's facade offers: write and read documents of the wire format, strictly and
 * canonically, with the limits for untrusted input, validation, and newline-delimited JSON. {@code
 * CampaignJson} (Jackson 3) and {@code CampaignJackson2} (Jackson 2) implement it, and read and
 * write exactly the same documents; code that should work with either, such as a Kafka serde,
 * takes this type.
 *
 * @param <E> the binding's error type
 */
public interface CampaignFormat<E extends DocumentException> {
    /**
     * Writes a model object as JSON.
     *
     * @param value any model object; top-level documents carry their schema version
     * @return the JSON text
     * @throws DocumentException (of type {@code E}) if the value cannot be written, such as an
     *     extension that is not JSON
     */
    String write(Object value);

    /**
     * Writes a model object as UTF-8 JSON to a stream, which is left open.
     *
     * @param value any model object
     * @param out where to write
     * @throws DocumentException (of type {@code E}) if the value cannot be written
     */
    void write(Object value, OutputStream out);

    /**
     * Reads a document.
     *
     * @param json the JSON text
     * @param type the model type to read, such as {@code Campaign.class}
     * @param <T> the type
     * @return the value
     * @throws DocumentException (of type {@code E}) if the document is not valid JSON or does not
     *     fit the model
     */
    <T> T read(String json, Class<T> type);

    /**
     * Reads a UTF-8 document.
     *
     * @param json the JSON bytes
     * @param type the model type to read
     * @param <T> the type
     * @return the value
     * @throws DocumentException (of type {@code E}) if the document cannot be read
     */
    <T> T read(byte[] json, Class<T> type);

    /**
     * Reads a UTF-8 document from a stream, which is left open.
     *
     * @param in the stream
     * @param type the model type to read
     * @param <T> the type
     * @return the value
     * @throws DocumentException (of type {@code E}) if the document cannot be read
     */
    <T> T read(InputStream in, Class<T> type);

    /**
     * Reads a document from characters; the reader is left open.
     *
     * @param in the reader
     * @param type the model type to read
     * @param <T> the type
     * @return the value
     * @throws DocumentException (of type {@code E}) if the document cannot be read
     */
    <T> T read(Reader in, Class<T> type);

    /**
     * Reads a document, then checks it against every validation rule of the default group and those
     * given.
     *
     * @param json the JSON text
     * @param type the model type to read
     * @param groups more validation groups, such as {@code Published.class}
     * @param <T> the type
     * @return the valid value
     * @throws DocumentException (of type {@code E}) if the document cannot be read
     * @throws CampaignValidationException if the value breaks a rule; its report lists every problem
     *     with the JSON Pointer of the place in the document
     */
    default <T> T readValid(String json, Class<T> type, Class<?>... groups) {
        return CampaignValidator.create().requireValid(read(json, type), groups);
    }

    /**
     * Reads a UTF-8 document, then checks it as {@link #readValid(String, Class, Class[])} does.
     *
     * @param json the JSON bytes
     * @param type the model type to read
     * @param groups more validation groups
     * @param <T> the type
     * @return the valid value
     * @throws DocumentException (of type {@code E}) if the document cannot be read
     * @throws CampaignValidationException if the value breaks a rule
     */
    default <T> T readValid(byte[] json, Class<T> type, Class<?>... groups) {
        return CampaignValidator.create().requireValid(read(json, type), groups);
    }

    /**
     * Reads a UTF-8 document from a stream, which is left open, then checks it as {@link
     * #readValid(String, Class, Class[])} does.
     *
     * @param in the stream
     * @param type the model type to read
     * @param groups more validation groups
     * @param <T> the type
     * @return the valid value
     * @throws DocumentException (of type {@code E}) if the document cannot be read
     * @throws CampaignValidationException if the value breaks a rule
     */
    default <T> T readValid(InputStream in, Class<T> type, Class<?>... groups) {
        return CampaignValidator.create().requireValid(read(in, type), groups);
    }

    /**
     * Reads a document from characters, leaving the reader open, then checks it as {@link
     * #readValid(String, Class, Class[])} does.
     *
     * @param in the reader
     * @param type the model type to read
     * @param groups more validation groups
     * @param <T> the type
     * @return the valid value
     * @throws DocumentException (of type {@code E}) if the document cannot be read
     * @throws CampaignValidationException if the value breaks a rule
     */
    default <T> T readValid(Reader in, Class<T> type, Class<?>... groups) {
        return CampaignValidator.create().requireValid(read(in, type), groups);
    }

    /**
     * Reads newline-delimited JSON lazily, one document per line, stopping at the first bad line by
     * throwing the binding's error, which names the line. Blank lines are skipped. Memory use stays
     * flat however long the input; close the stream to close the reader.
     *
     * @param in the lines
     * @param type the model type of every line
     * @param <T> the type
     * @return the documents, in order
     */
    default <T> Stream<T> readLines(Reader in, Class<T> type) {
        return readLines(in, type, e -> {
            throw e;
        });
    }

    /**
     * Reads newline-delimited JSON lazily, handing each bad line's error to {@code badLines} and going
     * on with the next line, so that no good line is lost.
     *
     * @param in the lines
     * @param type the model type of every line
     * @param badLines receives the error of each line that cannot be read; it may rethrow to stop
     * @param <T> the type
     * @return the documents that could be read, in order
     */
    <T> Stream<T> readLines(Reader in, Class<T> type, Consumer<? super E> badLines);

    /**
     * Reads UTF-8 newline-delimited JSON from a stream, as {@link #readLines(Reader, Class, Consumer)}
     * does. Bytes that are not UTF-8 end the stream with an {@link UncheckedIOException} that says so;
     * close the stream to close the input.
     *
     * @param in the lines, as UTF-8 bytes
     * @param type the model type of every line
     * @param badLines receives the error of each line that cannot be read; it may rethrow to stop
     * @param <T> the type
     * @return the documents that could be read, in order
     */
    <T> Stream<T> readLines(InputStream in, Class<T> type, Consumer<? super E> badLines);

    /**
     * Reads UTF-8 newline-delimited JSON from a stream, stopping at the first bad line, as {@link
     * #readLines(Reader, Class)} does; close the stream to close the input.
     *
     * @param in the lines, as UTF-8 bytes
     * @param type the model type of every line
     * @param <T> the type
     * @return the documents, in order
     */
    default <T> Stream<T> readLines(InputStream in, Class<T> type) {
        return readLines(in, type, e -> {
            throw e;
        });
    }

    /**
     * Writes newline-delimited JSON: each value on its own line, ending with a newline. The writer is
     * flushed and left open.
     *
     * @param out where to write
     * @param values the model objects
     * @throws DocumentException (of type {@code E}) if a value cannot be written
     * @throws UncheckedIOException if the writer fails
     */
    default void writeLines(Writer out, Iterable<?> values) {
        try {
            for (Object value : values) {
                out.write(write(value));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the limits this binding holds for untrusted input} */
    Limits limits();
}
