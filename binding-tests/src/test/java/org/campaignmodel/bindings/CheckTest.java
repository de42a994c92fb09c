package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.Event;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.format.Limits;
import org.campaignmodel.testing.Fixtures;
import org.campaignmodel.validation.ValidationProblem;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Checking a document: every problem of reading and validation in one report, in English and Spanish. */
final class CheckTest {
    private static final String ARTICLE = Fixtures.read("article/seed.json");
    private static final String CAMPAIGN = Fixtures.read("campaign/seed.json");

    /** Words that belong to the library's machinery, not to the person writing a document. */
    private static final Pattern MACHINERY = Pattern.compile(
            "Jackson|jackson|Java|java\\.|Feature|Constraints|REDACTED|Source:|JsonToken|START_|END_|VALUE_"
                    + "|FIELD_NAME|PROPERTY_NAME|Exception|NullPointer|Immutable|Builder|builder|Cannot build"
                    + "|org\\.campaignmodel|`|Optional\\[|Integer|BigDecimal|String value|char ");

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldReportEveryProblemOfAMisspelledNameAMonthThirteenAndAnUnknownBlockTypeAtOnce(Binding binding) {
        String document = ARTICLE.replaceFirst("\"name\" : \"Knock LA\"", "\"nam\" : \"Knock LA\"")
                .replace("\"published\" : \"2023-12-07\"", "\"published\" : \"2023-13-07\"")
                .replaceFirst("\"type\" : \"paragraph\"", "\"type\" : \"para\"");

        CheckedDocument<Article> checked = binding.format().check(document, Article.class, Locale.ENGLISH);

        assertThat(checked.isValid()).isFalse();
        assertThat(checked.getValue()).isEmpty();
        assertThat(checked.getReport().getProblems())
                .extracting(ValidationProblem::getCode, ValidationProblem::getPointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("json.type.unknown", "/body/0/type"),
                        org.assertj.core.groups.Tuple.tuple("json.unknown_property", "/body/12/outlet/nam"),
                        org.assertj.core.groups.Tuple.tuple("json.missing_property", "/body/12/outlet"),
                        org.assertj.core.groups.Tuple.tuple("date.invalid", "/published"));
        ValidationProblem misspelled = checked.getReport().getProblems().get(1);
        assertThat(misspelled.getMessage()).contains("Did you mean \"name\"?");
        assertThat(misspelled.getPath()).isEqualTo("body[12].outlet.nam");
        assertThat(misspelled.getLine()).hasValue(lineOf(document, "\"nam\""));
        assertThat(misspelled.getColumn()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldSayTheSameProblemsInSpanishWithTheSameCodesAndPlaces(Binding binding) {
        String document = ARTICLE.replace("\"headline\"", "\"headlne\"")
                .replace("\"published\" : \"2023-12-07\"", "\"published\" : \"2023-02-30\"");

        List<ValidationProblem> english = binding.format()
                .check(document, Article.class, Locale.ENGLISH)
                .getReport()
                .getProblems();
        List<ValidationProblem> spanish = binding.format()
                .check(document, Article.class, Locale.forLanguageTag("es"))
                .getReport()
                .getProblems();

        assertThat(spanish)
                .extracting(ValidationProblem::getCode, ValidationProblem::getPointer)
                .isEqualTo(english.stream()
                        .map(p -> org.assertj.core.groups.Tuple.tuple(p.getCode(), p.getPointer()))
                        .toList());
        // the misspelled headline is also a missing one
        assertThat(english)
                .extracting(ValidationProblem::getCode)
                .containsExactly("json.unknown_property", "date.invalid", "json.missing_property");
        assertThat(spanish.get(0).getMessage()).contains("headlne").contains("¿Quería decir \"headline\"?");
        assertThat(spanish.get(1).getMessage()).isNotEqualTo(english.get(1).getMessage());
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldGiveTheValueOfAValidDocumentAsReadWouldAndNoProblems(Binding binding) {
        CheckedDocument<Campaign> checked = binding.format().check(CAMPAIGN, Campaign.class, Locale.ENGLISH);

        assertThat(checked.getReport().getProblems()).isEmpty();
        assertThat(checked.getValue()).contains(binding.format().read(CAMPAIGN, Campaign.class));
        assertThat(checked.getLineNumber()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldReadBytesStreamsAndReadersAlikeAndLeaveThemOpen(Binding binding) {
        String document = ARTICLE.replace("\"headline\"", "\"headlne\"");
        byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
        var format = binding.format();

        String fromText = format.check(document, Article.class, Locale.ENGLISH).toString();
        assertThat(format.check(bytes, Article.class, Locale.ENGLISH).toString())
                .isEqualTo(fromText);
        assertThat(format.check(new ByteArrayInputStream(bytes), Article.class, Locale.ENGLISH)
                        .toString())
                .isEqualTo(fromText);
        assertThat(format.check(new StringReader(document), Article.class, Locale.ENGLISH)
                        .toString())
                .isEqualTo(fromText);
        assertThat(fromText).contains("/headlne").contains("[json.unknown_property]");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldValidateWhatItCouldReadAndReportBothKindsTogether(Binding binding) {
        // an unknown property is skipped; the empty headline is a rule of validation
        String document = ARTICLE.replace(
                        "\"id\" : \"police-free-lausd-offers",
                        "\"colour\" : \"red\", \"id\" : \"police-free-lausd-offers")
                .replaceFirst("\"headline\" : \"[^\"]*\"", "\"headline\" : \"\"");

        CheckedDocument<Article> checked = binding.format().check(document, Article.class, Locale.ENGLISH);

        assertThat(checked.getReport().getProblems())
                .extracting(ValidationProblem::getCode)
                .first()
                .isEqualTo("json.unknown_property");
        assertThat(checked.getReport().getProblems())
                .extracting(ValidationProblem::getPointer)
                .contains("/colour", "/headline");
        ValidationProblem headline = checked.getReport().getProblems().stream()
                .filter(p -> p.getPointer().equals("/headline"))
                .findFirst()
                .orElseThrow();
        assertThat(headline.getLine()).isEmpty();
        assertThat(checked.getValue()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldGiveACodeCloseToAKnownOneAsANoticeThatLeavesTheDocumentValid(Binding binding) {
        String document = CAMPAIGN.replaceFirst("\"status\" : \"proposed\"", "\"status\" : \"won\"");

        CheckedDocument<Campaign> checked = binding.format().check(document, Campaign.class, Locale.ENGLISH);

        assertThat(checked.isValid()).isTrue();
        assertThat(checked.getValue()).isPresent();
        assertThat(checked.getReport().getNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.getCode()).isEqualTo("code.unknown");
            assertThat(notice.getPointer()).endsWith("/status");
            assertThat(notice.getMessage()).contains("\"met\"");
        });
        assertThat(checked.getReport().toString()).startsWith("valid\nnotice: ");
    }

    static Stream<Arguments> seasons() {
        return Binding.with(Stream.of(
                Arguments.of("\"2020-21\"", "spring 2020", "la primavera de 2020", "2020-08/2021-06"),
                Arguments.of(
                        "{\"edtf\":\"2023-24\",\"phrase\":\"2023-24\"}",
                        "winter 2023",
                        "el invierno de 2023",
                        "2023-08/2024-06"),
                Arguments.of("\"1999-00\"", null, null, null),
                Arguments.of("\"2021-22\"", "summer 2021", "el verano de 2021", "2021-08/2022-06"),
                Arguments.of("\"2020-22\"", null, null, null),
                Arguments.of("\"2021-21\"", null, null, null)));
    }

    /** "2020-21" is spring 2020 in EDTF; read as written, with a notice naming the school year's form. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("seasons")
    void shouldNoticeASeasonThatReadsLikeASchoolYear(
            Binding binding, String date, @Nullable String english, @Nullable String spanish, @Nullable String form) {
        String document = "{\"schemaVersion\":\"1.0\",\"id\":\"a\",\"headline\":\"H\",\"published\":" + date + "}";

        CheckedDocument<Article> en = binding.format().check(document, Article.class, Locale.ENGLISH);
        CheckedDocument<Article> es = binding.format().check(document, Article.class, Locale.forLanguageTag("es"));

        if (english == null) {
            assertThat(en.getReport().getNotices()).isEmpty();
            return;
        }
        assertThat(en.isValid()).isTrue();
        assertThat(en.getValue().orElseThrow().getPublished().orElseThrow().getPrecision())
                .contains(org.campaignmodel.FuzzyDate.Precision.SEASON);
        assertThat(en.getReport().getNotices()).singleElement().satisfies(notice -> {
            assertThat(notice.getCode()).isEqualTo("date.school_year");
            assertThat(notice.getPointer()).startsWith("/published");
            assertThat(notice.getMessage()).contains(english).contains("\"" + form + "\"");
        });
        assertThat(es.getReport().getNotices())
                .singleElement()
                .satisfies(notice -> assertThat(notice.getMessage()).contains(spanish));
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldStopAtTextThatIsNotJsonKeepingWhatCameBefore(Binding binding) {
        String document = "{\"schemaVersion\":\"1.0\",\"headlne\":\"x\",\"dek\": tru }";

        CheckedDocument<Article> checked = binding.format().check(document, Article.class, Locale.ENGLISH);

        assertThat(checked.getReport().getProblems())
                .extracting(ValidationProblem::getCode)
                .containsExactly("json.unknown_property", "json.syntax");
        assertThat(checked.getReport().getProblems().get(1).getColumn()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldStopAtAHundredReadProblemsAndSaySo(Binding binding) {
        String names = Stream.iterate(0, i -> i + 1)
                .limit(150)
                .map(i -> "\"unknown" + i + "\":1")
                .collect(Collectors.joining(","));

        CheckedDocument<Article> checked = binding.format().check("{" + names + "}", Article.class, Locale.ENGLISH);

        assertThat(checked.getReport().getProblems()).hasSize(100);
        assertThat(checked.getReport().isTruncated()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldStillStopAtOnceForALimitOnUntrustedInput(Binding binding) {
        String deep = "{\"schemaVersion\":\"1.0\",\"headlne\":1,\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";

        CheckedDocument<Article> checked = binding.format().check(deep, Article.class, Locale.ENGLISH);

        assertThat(checked.getReport().getProblems())
                .extracting(ValidationProblem::getCode)
                .last()
                .asString()
                .startsWith("json.limit");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldCheckEveryNdjsonLineWithItsNumber(Binding binding) {
        String valid = ARTICLE.replace("\n", "");
        String lines = valid + "\n\n" + valid.replace("\"headline\"", "\"headlne\"") + "\n"
                + "x".repeat(valid.length() + 100) + "\n" + "null\n";
        var format = binding.format(Limits.defaults().withMaxDocumentLength(valid.length() + 10));

        List<CheckedDocument<Article>> checked;
        try (Stream<CheckedDocument<Article>> stream =
                format.checkLines(new StringReader(lines), Article.class, Locale.ENGLISH)) {
            checked = stream.toList();
        }

        assertThat(checked).extracting(c -> c.getLineNumber().orElse(0)).containsExactly(1, 3, 4, 5);
        assertThat(checked.get(0).isValid()).isTrue();
        ValidationProblem misspelled = checked.get(1).getReport().getProblems().get(0);
        assertThat(misspelled.getCode()).isEqualTo("json.unknown_property");
        assertThat(misspelled.getLine()).hasValue(3);
        assertThat(checked.get(2).getReport().getProblems().get(0).getCode()).isEqualTo("json.limit.length");
        assertThat(checked.get(2).getReport().getProblems().get(0).getLine()).hasValue(4);
        assertThat(checked.get(3).getReport().getProblems().get(0).getCode()).isEqualTo("json.null");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldRefuseATypeThatIsNoDocumentNamingIt(Binding binding) {
        assertThatThrownBy(() -> binding.format().check("\"x\"", String.class, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String is not one");
    }

    static Stream<Arguments> invalidFixtures() {
        return InvalidDocumentTest.documents();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("invalidFixtures")
    void shouldReportAnInvalidFixtureFirstAsTheStrictReaderRefusesIt(
            Binding binding, String name, String type, String pointer, String message, String code) {
        String document = Fixtures.read("invalid/" + name + ".json");
        Class<?> target = target(type);

        List<ValidationProblem> problems = binding.format()
                .check(document, target, Locale.ENGLISH)
                .getReport()
                .getProblems();

        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).getCode()).isEqualTo(code);
        assertThat(problems.get(0).getPointer()).isEqualTo(pointer);
        assertThat(problems.get(0).getMessage()).contains(message);
    }

    static Stream<Arguments> everyProblemText() {
        List<Arguments> cases = new ArrayList<>();
        InvalidDocumentTest.documents().forEach(a -> {
            Object[] given = a.get();
            String name = (String) given[1];
            cases.add(Arguments.of(
                    given[0], name, Fixtures.read("invalid/" + name + ".json"), target((String) given[2])));
        });
        for (Binding binding : Binding.values()) {
            for (String[] hostile : HOSTILE) {
                cases.add(Arguments.of(binding, hostile[0], hostile[1], Article.class));
            }
        }
        return cases.stream();
    }

    /** Hostile and broken input, each one a kind of text a parser refuses or a limit stops. */
    private static final String[][] HOSTILE = {
        {"deep", "[".repeat(100_000)},
        {"long string", "{\"headline\":\"" + "x".repeat(1_100_000) + "\"}"},
        {"huge exponent", "{\"x\":1e1000000}"},
        {"long number", "{\"x\":" + "9".repeat(2000) + "}"},
        {"not a number", "{\"x\":NaN}"},
        {"leading zero", "{\"x\":007}"},
        {"single quotes", "{'headline':'x'}"},
        {"comment", "{/* hi */}"},
        {"unquoted name", "{headline:1}"},
        {"control character", "{\"headline\":\"a\u0001b\"}"},
        {"bad escape", "{\"headline\":\"\\q\"}"},
        {"short unicode escape", "{\"headline\":\"\\u12\"}"},
        {"empty", ""},
        {"only spaces", "   "},
        {"null document", "null"},
        {"number document", "42"},
        {"array document", "[]"},
        {"ends too soon", "{\"headline\":"},
        {"close mismatch", "{\"headline\":[}"},
        {"two documents", "{} {}"},
        {"trailing comma", "{\"tags\":[\"a\",]}"},
        {"missing colon", "{\"headline\" \"x\"}"},
        {"byte order mark", "\uFEFF{}"},
        {"second decimal point", "{\"x\":1.2.3}"},
        {"infinity", "{\"x\":-Infinity}"},
    };

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyProblemText")
    void shouldSpeakPlainlyInEnglishAndSpanishWithoutMachineryWords(
            Binding binding, String name, String document, Class<?> type) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            CheckedDocument<?> checked = binding.format().check(document, type, locale);

            assertThat(checked.getReport().getProblems()).as(name).isNotEmpty();
            for (ValidationProblem problem : checked.getReport().getProblems()) {
                assertThat(problem.getMessage())
                        .as("%s in %s: %s", name, locale, problem.getMessage())
                        .doesNotContainPattern(MACHINERY)
                        .isNotBlank();
                assertThat(problem.getCode()).matches("[a-z_]+(\\.[a-z_]+)+");
            }
        }
        // the strict reader's message is the same English
        try {
            binding.format().read(document, type);
        } catch (DocumentException e) {
            assertThat(e.problem()).doesNotContainPattern(MACHINERY);
        }
    }

    private static Class<?> target(String type) {
        return switch (type) {
            case "Campaign" -> Campaign.class;
            case "Event" -> Event.class;
            default -> Article.class;
        };
    }

    private static int lineOf(String text, String what) {
        int at = text.indexOf(what);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
