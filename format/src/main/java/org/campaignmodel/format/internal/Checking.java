package org.campaignmodel.format.internal;

import java.io.Closeable;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.format.TolerantDocument;
import org.campaignmodel.format.UnknownProperty;
import org.campaignmodel.internal.meta.ModelTypes.Kind;
import org.campaignmodel.internal.meta.ModelTypes.ValueType;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationProblem;
import org.campaignmodel.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * Checks one document in one pass for a binding: the codec reads it collecting every problem, and
 * when it could build the value, validation adds its own. A problem of the parser (the text is not
 * JSON) or a limit for untrusted input ends the reading; every other problem is skipped over.
 */
public final class Checking {
    private static final CampaignValidator VALIDATOR = CampaignValidator.create();

    /** A binding's parser over one document, opened for one check. */
    public interface Parser extends Closeable {
        /** {@return the parser's tokens, none read yet} */
        TokenReader tokens();

        @Override
        void close();
    }

    /** What a binding gives the check: how to open its parser and what its failures mean. */
    public interface Binding {
        /**
         * Opens a parser over the document.
         *
         * @return the parser
         */
        Parser open();

        /**
         * Says what a failure of the binding's parser means, at the parser's place.
         *
         * @param failure what the parser threw
         * @param tokens the tokens, for the place when the failure has none
         * @return the problem, or null when the failure is not the parser's, which is then thrown
         */
        @Nullable
        ReadProblem problem(RuntimeException failure, @Nullable TokenReader tokens);
    }

    private Checking() {}

    /**
     * Checks one document.
     *
     * @param codec the codec, with the binding's limits
     * @param binding the binding's parser
     * @param type the model type
     * @param locale the language of the messages
     * @param groups the validation groups
     * @param <T> the model type
     * @return the result
     */
    public static <T> CheckedDocument<T> check(
            Codec codec, Binding binding, Class<T> type, Locale locale, Class<?>[] groups) {
        return check(codec, codec.reading(true), binding, type, locale, groups, List.of());
    }

    /**
     * Checks a document as {@link #check(Codec, Binding, Class, Locale, Class[])} does, but reads a
     * document of a newer minor version of the format too, keeping the properties it does not know,
     * each reported as a notice.
     *
     * @param codec the codec
     * @param binding the binding's parser
     * @param type the document's type
     * @param locale the language of the messages
     * @param groups the validation groups
     * @param <T> the type
     * @return the result, with the properties kept
     */
    public static <T> TolerantDocument<T> checkTolerant(
            Codec codec, Binding binding, Class<T> type, Locale locale, Class<?>[] groups) {
        Reading c = codec.tolerantReading();
        List<UnknownProperty> unknown = new ArrayList<>();
        CheckedDocument<T> checked = check(codec, c, binding, type, locale, groups, unknown);
        return TolerantDocument.of(checked, c.newerMinor() ? c.declaredVersion() : null, unknown);
    }

    private static <T> CheckedDocument<T> check(
            Codec codec,
            Reading c,
            Binding binding,
            Class<T> type,
            Locale locale,
            Class<?>[] groups,
            List<UnknownProperty> unknown) {
        ValueType valueType = documentType(type);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(groups, "groups");
        Object value = null;
        TokenReader tokens = null;
        try (Parser parser = binding.open()) {
            tokens = parser.tokens();
            value = readAll(codec, c, tokens, valueType);
        } catch (ReadProblem fatal) {
            // a limit or a version: already recorded by the reading
            if (!c.problems().contains(fatal)) {
                c.add(fatal);
            }
            value = null;
        } catch (Reading.Full full) {
            value = null;
        } catch (NumberFormatException | ArithmeticException e) {
            // a number no type can hold, met by code other than the codec's own checks
            c.add(new ReadProblem(
                    "number.too_large",
                    tokens == null ? "" : tokens.pointer(),
                    Say.words("number.unreadable"),
                    tokens == null ? 0 : tokens.line(),
                    tokens == null ? 0 : tokens.column()));
            value = null;
        } catch (RuntimeException failure) {
            ReadProblem problem = binding.problem(failure, tokens);
            if (problem == null) {
                throw failure;
            }
            c.add(problem);
            value = null;
        }
        if (!c.newerMinor() && !c.kept().isEmpty()) {
            // a value read on its own has no version, so nothing newer to keep: unknown, as strictly
            c.kept().forEach(k -> c.add(k.problem()));
            value = null;
        }
        List<ValidationProblem> problems = new ArrayList<>();
        for (ReadProblem p : c.problems()) {
            problems.add(problem(p, locale));
        }
        List<ValidationProblem> notices = new ArrayList<>();
        for (ReadProblem p : c.notices()) {
            notices.add(problem(p, locale));
        }
        if (c.newerMinor()) {
            for (Reading.Kept k : c.kept()) {
                unknown.add(UnknownProperty.of(k.problem().pointer, k.parent(), k.name(), k.json()));
                notices.add(problem(
                        new ReadProblem(
                                "json.unknown_property.kept",
                                k.problem().pointer,
                                Say.words(
                                        "kept",
                                        k.name(),
                                        k.model(),
                                        Codec.VERSION,
                                        String.valueOf(c.declaredVersion())),
                                k.problem().line,
                                k.problem().column),
                        locale));
            }
        }
        boolean truncated = c.truncated();
        // validation of an object with a list item left out would point at the wrong items
        if (value != null && !c.shifted()) {
            ValidationReport validation = VALIDATOR.validate(value, locale, groups);
            problems.addAll(validation.getProblems());
            truncated |= validation.isTruncated();
        }
        ValidationReport report = ValidationReport.builder()
                .problems(problems)
                .notices(notices)
                .truncated(truncated)
                .build();
        return CheckedDocument.of(type.cast(value), report, 0);
    }

    private static @Nullable Object readAll(Codec codec, Reading c, TokenReader r, ValueType type) {
        if (r.next() == Token.NONE) {
            c.add(new ReadProblem("json.empty", "", Say.words("empty"), r.line(), r.column()));
            return null;
        }
        if (r.current() == Token.NULL) {
            c.add(new ReadProblem(
                    "json.null", "", Say.words("document.null", type.type.getSimpleName()), r.line(), r.column()));
            return null;
        }
        Object value = codec.read(c, r, type);
        if (r.next() != Token.NONE) {
            c.add(new ReadProblem("json.trailing_content", "", Say.words("trailing"), r.line(), r.column()));
            return null;
        }
        return value;
    }

    private static ValueType documentType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        ValueType valueType = Codec.TYPES.models.containsKey(type) || Codec.TYPES.unions.containsKey(type)
                ? Codec.valueType(type)
                : null;
        if (valueType == null || (valueType.kind != Kind.MODEL && valueType.kind != Kind.UNION)) {
            throw new IllegalArgumentException("check reads documents of a model type, such as Campaign or Article; "
                    + type.getName() + " is not one.");
        }
        return valueType;
    }

    private static ValidationProblem problem(ReadProblem p, Locale locale) {
        ValidationProblem.Builder b = ValidationProblem.builder()
                .code(p.code)
                .pointer(p.pointer)
                .path(path(p.pointer))
                .message(SafeText.shown(p.problem(locale), DocumentException.MAX_MESSAGE_LENGTH - 100));
        if (p.line > 0) {
            b.line(p.line);
            if (p.column > 0) {
                b.column(p.column);
            }
        }
        return b.build();
    }

    /**
     * Writes a JSON Pointer as the property path validation uses: {@code /demands/2/number} as
     * {@code demands[2].number}.
     *
     * @param pointer the pointer
     * @return the path; empty for the whole document
     */
    public static String path(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(ch -> ch >= '0' && ch <= '9') && b.length() > 0) {
                b.append('[').append(name).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(name);
            }
        }
        return b.toString();
    }

    /**
     * Checks every line of NDJSON; an empty line is skipped, a line over the length limit is a
     * problem of its own and reading goes on with the next.
     *
     * @param in the lines
     * @param maxLength the longest line
     * @param locale the language of the messages
     * @param checkLine checks one line's text
     * @param <T> the model type
     * @return the results and their line numbers, one per document line, read as the stream is consumed
     */
    public static <T> Stream<Line<T>> lines(
            Reader in, long maxLength, Locale locale, Function<String, CheckedDocument<T>> checkLine) {
        LineReader lines = new LineReader(in, maxLength);
        Spliterator<Line<T>> split =
                new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    @Override
                    public boolean tryAdvance(Consumer<? super Line<T>> action) {
                        while (true) {
                            String line = lines.next();
                            if (line == null) {
                                return false;
                            }
                            int number = lines.lineNumber();
                            if (lines.tooLong()) {
                                action.accept(new Line<>(number, tooLong(locale)));
                                return true;
                            }
                            if (!line.isBlank()) {
                                action.accept(new Line<>(number, checkLine.apply(line)));
                                return true;
                            }
                        }
                    }
                };
        return StreamSupport.stream(split, false);
    }

    /**
     * One NDJSON line's result.
     *
     * @param number the one-based line number
     * @param checked the result, its reader's lines still counted within the line
     * @param <T> the model type
     */
    public record Line<T>(int number, CheckedDocument<T> checked) {}

    private static <T> CheckedDocument<T> tooLong(Locale locale) {
        ReadProblem p = new ReadProblem("json.limit.length", "", Say.words("line.too_long"), 1, 0);
        return CheckedDocument.of(
                null, ValidationReport.builder().addProblems(problem(p, locale)).build(), 0);
    }
}
