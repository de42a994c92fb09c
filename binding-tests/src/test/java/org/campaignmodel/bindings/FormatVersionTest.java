package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.campaignmodel.Campaign;
import org.campaignmodel.Demand;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.testing.Fixtures;
import org.campaignmodel.testing.SeedCampaign;
import org.campaignmodel.validation.ValidationProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Versions in practice: a document says the oldest version that holds it, a document that says an
 * older version than it uses is refused where it first uses something newer, and 1.0 documents
 * read as they always did.
 */
final class FormatVersionTest {
    private static Campaign withDeadline() {
        Campaign seed = SeedCampaign.campaign();
        Demand first = Demand.builder()
                .from(seed.getDemands().get(0))
                .deadline(FuzzyDate.parse("2026-06", "before the June budget vote"))
                .build();
        return Campaign.builder()
                .from(seed)
                .demands(java.util.List.of(first))
                .addAllDemands(seed.getDemands().subList(1, seed.getDemands().size()))
                .build();
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldWriteTheOldestVersionThatHoldsTheDocument(Binding binding) {
        String old = binding.format().write(SeedCampaign.campaign());
        String newer = binding.format().write(withDeadline());

        assertThat(old).startsWith("{\"schemaVersion\":\"1.0\",");
        assertThat(newer).startsWith("{\"schemaVersion\":\"1.1\",").contains("\"deadline\":");
        assertThat(binding.format().read(newer, Campaign.class)).isEqualTo(withDeadline());
        assertThat(binding.format().formatVersion(SeedCampaign.campaign())).isEqualTo("1.0");
        assertThat(binding.format().formatVersion(withDeadline())).isEqualTo("1.1");
        assertThat(binding.format().formatVersion(SeedCampaign.article())).isEqualTo("1.0");
        Demand demand = withDeadline().getDemands().get(0);
        assertThatThrownBy(() -> binding.format().formatVersion(demand))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not Demand");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldReadA11DocumentThatUsesNothingNewAndWriteItAs10(Binding binding) {
        String old = binding.format().write(SeedCampaign.campaign());
        String labelled = old.replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.1\"");

        Campaign read = binding.format().read(labelled, Campaign.class);

        assertThat(read).isEqualTo(SeedCampaign.campaign());
        assertThat(binding.format().write(read)).isEqualTo(old);
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldReadThe10GoldenDocumentUnchanged(Binding binding) {
        String golden = Fixtures.read("campaign/seed.json");

        Campaign read = binding.format().read(golden, Campaign.class);

        assertThat(binding.format().write(read)).startsWith("{\"schemaVersion\":\"1.0\",");
        assertThat(read).isEqualTo(SeedCampaign.campaign());
    }

    static Stream<Arguments> olderThanUsed() {
        String deadline = "\"deadline\":\"2026-06\"";
        String demand = "{\"number\":1,\"title\":\"T\",\"action\":\"adopt\"," + deadline + "}";
        return Binding.with(Stream.of(
                Arguments.of(
                        "version first",
                        "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"demands\":[" + demand + "]}"),
                Arguments.of(
                        "version last",
                        "{\"id\":\"c\",\"name\":\"C\",\"demands\":[" + demand + "],\"schemaVersion\":\"1.0\"}")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("olderThanUsed")
    void shouldRefuseADocumentThatSaysAnOlderVersionThanItUses(Binding binding, String name, String document) {
        assertThatThrownBy(() -> binding.format().read(document, Campaign.class))
                .isInstanceOf(DocumentException.class)
                .satisfies(e -> {
                    DocumentException error = (DocumentException) e;
                    assertThat(error.code()).isEqualTo("json.version.newer_property");
                    assertThat(error.pointer()).isEqualTo("/demands/0/deadline");
                    assertThat(error.problem()).contains("\"deadline\" of Demand belongs to wire format 1.1");
                    assertThat(error.columnNumber()).isNotEmpty();
                });
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldWriteASchoolYearAs11AndRefuseItIn10(Binding binding) {
        org.campaignmodel.Article seed = SeedCampaign.article();
        org.campaignmodel.Article dated = org.campaignmodel.Article.builder()
                .from(seed)
                .published(FuzzyDate.schoolYear(2023))
                .build();

        String written = binding.format().write(dated);
        String older = written.replace("\"schemaVersion\":\"1.1\"", "\"schemaVersion\":\"1.0\"");

        assertThat(written)
                .startsWith("{\"schemaVersion\":\"1.1\",")
                .contains("\"published\":{\"edtf\":\"2023-08/2024-06\",\"schoolYear\":\"2023-24\"}");
        assertThat(binding.format().read(written, org.campaignmodel.Article.class))
                .isEqualTo(dated);
        assertThat(binding.format().formatVersion(seed)).isEqualTo("1.0");
        assertThatThrownBy(() -> binding.format().read(older, org.campaignmodel.Article.class))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.code()).isEqualTo("json.version.newer_property");
                    assertThat(e.pointer()).isEqualTo("/published/schoolYear");
                });
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldCollectTheVersionProblemWithTheOthersInSpanish(Binding binding) {
        String document = "{\"schemaVersion\":\"1.0\",\"id\":\"c\",\"name\":\"C\",\"nmae\":\"x\",\"demands\":[{"
                + "\"number\":1,\"title\":\"T\",\"action\":\"adopt\",\"deadline\":\"2026-06\"}]}";

        CheckedDocument<Campaign> checked =
                binding.format().check(document, Campaign.class, Locale.forLanguageTag("es"));

        assertThat(checked.getReport().getProblems())
                .extracting(ValidationProblem::getCode, ValidationProblem::getPointer)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("json.unknown_property", "/nmae"),
                        org.assertj.core.groups.Tuple.tuple("json.version.newer_property", "/demands/0/deadline"));
        assertThat(checked.getReport().getProblems())
                .filteredOn(p -> p.getCode().equals("json.version.newer_property"))
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage()).contains("pertenece al formato 1.1"));
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldSuggestTheVersionADocumentWithoutOneNeeds(Binding binding) {
        String document = "{\"id\":\"c\",\"name\":\"C\",\"demands\":[{"
                + "\"number\":1,\"title\":\"T\",\"action\":\"adopt\",\"deadline\":\"2026-06\"}]}";

        assertThatThrownBy(() -> binding.format().read(document, Campaign.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("\"schemaVersion\": \"1.1\"");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldReadANestedValueOnItsOwnWithoutAVersion(Binding binding) {
        String demand = "{\"number\":1,\"title\":\"T\",\"action\":\"adopt\",\"deadline\":\"2026-06\"}";

        assertThat(binding.format().read(demand, Demand.class).getDeadline()).contains(FuzzyDate.parse("2026-06"));
    }
}
