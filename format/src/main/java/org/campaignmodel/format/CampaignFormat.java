package org.campaignmodel.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.campaignmodel.format.internal.Checking;
import org.campaignmodel.format.internal.Codec;
import org.campaignmodel.format.internal.Streams;
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
     * Writes a document with each party defined once (wire format 1.1): every organization, person
     * and decision-maker that has an id and appears more than once is written in the document's
     * {@code parties} and stands everywhere else as {@code {"ref": "its-id"}}. Parties that appear
     * once, and two different parties that share an id, stay in full where they are, so the document
     * reads back equal to {@code document}. A document with no party to define is written as {@link
     * #write(Object)} writes it, in the oldest version that holds it.
     *
     * @param document a top-level document: an article, campaign, event, timeline or story list
     * @return the JSON text
     * @throws IllegalArgumentException if the value is not a top-level document
     * @throws DocumentException (of type {@code E}) if the value cannot be written
     */
    String writeWithReferences(Object document);

    /**
     * Checks a document as {@link #check(String, Class, Locale, Class[])} does, but also reads one of
     * a newer minor version of the format (such as 1.2) than this library knows: each property it
     * does not know is kept as written and reported as a notice ({@code json.unknown_property.kept}),
     * and {@link #write(TolerantDocument)} writes it back. Opt-in: {@code read} and {@code check}
     * refuse such a document. In a document of a version the library knows, an unknown property is
     * still a problem; a new major version (2.0) is still refused.
     *
     * @param json the JSON text
     * @param type the document's type, such as {@code Campaign.class}
     * @param locale the language of the messages
     * @param groups validation groups; none means the default group
     * @param <T> the type
     * @return the value when valid, every problem and notice, the version and the kept properties
     */
    <T> TolerantDocument<T> checkTolerant(String json, Class<T> type, Locale locale, Class<?>... groups);

    /**
     * Writes a document a tolerant reading made: its value in canonical form, with the properties
     * the reading kept back at the end of the objects they stood in, and, while it has any, the
     * newer version the document said.
     *
     * @param document the tolerant reading's result
     * @return the JSON text
     * @throws IllegalArgumentException if the document has problems, so that there is no value
     * @throws DocumentException (of type {@code E}) if the value cannot be written
     */
    String write(TolerantDocument<?> document);

    /**
     * Tells which version of the wire format a document is written as: the oldest that holds it, so
     * {@code "1.0"} unless it uses something a later version added (such as a demand's deadline).
     * What the written document's {@code schemaVersion} says, without writing it.
     *
     * @param document a top-level document: an article, campaign, event, timeline or story list
     * @return the version, such as {@code "1.0"}
     * @throws IllegalArgumentException if the value is not a top-level document
     */
    default String formatVersion(Object document) {
        return Codec.versionOf(Objects.requireNonNull(document, "document"));
    }

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

    /**
     * Checks a document in one pass and reports every problem at once: what the reader met (an
     * unknown property, a value of the wrong type, a date that is no date, each skipped over so that
     * reading goes on, up to {@value org.campaignmodel.validation.CampaignValidator#MAX_PROBLEMS}
     * read problems) and then, when the document could be built, every rule validation finds. Text
     * that is not JSON and the limits for untrusted input still stop the reading where they are met.
     * Codes the library does not know but that look like one it does come back as notices.
     *
     * @param json the JSON text
     * @param type the document's model type, such as {@code Campaign.class}
     * @param locale the language of the messages: Spanish for {@code es}, otherwise English
     * @param groups the validation groups; none for the default group
     * @param <T> the type
     * @return the report, and the value when the document is valid
     * @throws IllegalArgumentException if the type is not a model type
     */
    <T> CheckedDocument<T> check(String json, Class<T> type, Locale locale, Class<?>... groups);

    /**
     * Checks a UTF-8 document in one pass, as {@link #check(String, Class, Locale, Class[])} does.
     *
     * @param json the JSON bytes
     * @param type the document's model type
     * @param locale the language of the messages
     * @param groups the validation groups
     * @param <T> the type
     * @return the report, and the value when the document is valid
     */
    <T> CheckedDocument<T> check(byte[] json, Class<T> type, Locale locale, Class<?>... groups);

    /**
     * Checks a UTF-8 document from a stream, which is left open, as {@link #check(String, Class,
     * Locale, Class[])} does.
     *
     * @param in the stream
     * @param type the document's model type
     * @param locale the language of the messages
     * @param groups the validation groups
     * @param <T> the type
     * @return the report, and the value when the document is valid
     * @throws UncheckedIOException if the stream cannot be read
     */
    <T> CheckedDocument<T> check(InputStream in, Class<T> type, Locale locale, Class<?>... groups);

    /**
     * Checks a document from characters, which are left open, as {@link #check(String, Class, Locale,
     * Class[])} does.
     *
     * @param in the characters
     * @param type the document's model type
     * @param locale the language of the messages
     * @param groups the validation groups
     * @param <T> the type
     * @return the report, and the value when the document is valid
     * @throws UncheckedIOException if the characters cannot be read
     */
    <T> CheckedDocument<T> check(Reader in, Class<T> type, Locale locale, Class<?>... groups);

    /**
     * Checks newline-delimited JSON, one document per line, each as {@link #check(String, Class,
     * Locale, Class[])} does; blank lines are skipped, and a line longer than {@link
     * Limits#maxDocumentLength()} is reported as such without being kept in memory. Each result
     * carries its line number, and so do its reader's problems. The stream reads as it is consumed;
     * the reader is left open.
     *
     * @param in the lines
     * @param type the documents' model type
     * @param locale the language of the messages
     * @param groups the validation groups
     * @param <T> the type
     * @return one result per document line, in order
     * @throws UncheckedIOException if the characters cannot be read
     */
    default <T> Stream<CheckedDocument<T>> checkLines(Reader in, Class<T> type, Locale locale, Class<?>... groups) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        return Checking.lines(in, limits().maxDocumentLength(), locale, line -> check(line, type, locale, groups))
                .map(line -> line.checked().atLine(line.number()));
    }

    /**
     * Checks newline-delimited UTF-8 JSON from a stream, which is left open, as {@link
     * #checkLines(Reader, Class, Locale, Class[])} does.
     *
     * @param in the stream
     * @param type the documents' model type
     * @param locale the language of the messages
     * @param groups the validation groups
     * @param <T> the type
     * @return one result per document line, in order
     */
    default <T> Stream<CheckedDocument<T>> checkLines(
            InputStream in, Class<T> type, Locale locale, Class<?>... groups) {
        return checkLines(Streams.utf8(in), type, locale, groups);
    }

    /** {@return the limits this binding holds for untrusted input} */
    Limits limits();
}
