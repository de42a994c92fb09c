package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.campaignmodel.Campaign;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.format.TolerantDocument;
import org.campaignmodel.format.UnknownProperty;
import org.campaignmodel.testing.SeedCampaign;
import org.campaignmodel.validation.ValidationProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opt-in tolerant reading of a newer minor version: what this library does not know is kept,
 * reported and written back, never dropped; strict reading stays the default.
 */
final class TolerantReadingTest {
    /** The seed campaign as a 1.7 document would say it, with properties this library has never seen. */
    private static String newer(Binding binding) {
        ObjectNode tree = (ObjectNode) Binding.tree(binding.format().write(SeedCampaign.campaign()));
        tree.put("schemaVersion", "1.7");
        tree.putObject("fundingGoal").put("amount", 25000000.00).put("currency", "USD");
        ObjectNode demand = (ObjectNode) tree.get("demands").get(1);
        demand.putArray("budgetLines").add("4200-counselors").add(7);
        ObjectNode target = (ObjectNode) demand.get("targets").get(0);
        target.put("termEnds", "2026-12");
        return tree.toString();
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldKeepReportAndWriteBackWhatANewerMinorVersionAdds(Binding binding) {
        String document = newer(binding);

        TolerantDocument<Campaign> read = binding.format().checkTolerant(document, Campaign.class, Locale.ENGLISH);

        assertThat(read.getValue()).contains(SeedCampaign.campaign());
        assertThat(read.getVersion()).contains("1.7");
        assertThat(read.getUnknownProperties())
                .extracting(UnknownProperty::getPointer, UnknownProperty::getJson)
                .containsExactly(
                        tuple("/demands/1/targets/0/termEnds", "\"2026-12\""),
                        tuple("/demands/1/budgetLines", "[\"4200-counselors\",7]"),
                        tuple("/fundingGoal", "{\"amount\":2.5E7,\"currency\":\"USD\"}"));
        assertThat(read.getChecked().getReport().getNotices())
                .extracting(ValidationProblem::getCode, ValidationProblem::getPointer)
                .contains(tuple("json.unknown_property.kept", "/fundingGoal"));
        assertThat(read.getChecked().getReport().getNotices())
                .filteredOn(n -> n.getPointer().equals("/fundingGoal"))
                .singleElement()
                .satisfies(n -> assertThat(n.getMessage())
                        .isEqualTo("\"fundingGoal\" of Campaign is not in format 1.1, the newest this reader knows,"
                                + " and the document says 1.7: it is kept as written, and written back."));
        // written back: every property in place, numbers as written, the newer version kept
        String written = binding.format().write(read);
        assertThat(Binding.tree(written)).isEqualTo(Binding.tree(document));
        assertThat(written).startsWith("{\"schemaVersion\":\"1.7\",").contains("\"amount\":2.5E7");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldStayStrictByDefaultAndForVersionsItKnows(Binding binding) {
        String document = newer(binding);
        String known = document.replace("\"schemaVersion\":\"1.7\"", "\"schemaVersion\":\"1.1\"");
        String major = document.replace("\"schemaVersion\":\"1.7\"", "\"schemaVersion\":\"2.0\"");

        TolerantDocument<Campaign> typo = binding.format().checkTolerant(known, Campaign.class, Locale.ENGLISH);
        TolerantDocument<Campaign> next = binding.format().checkTolerant(major, Campaign.class, Locale.ENGLISH);

        assertThatThrownBy(() -> binding.format().read(document, Campaign.class))
                .isInstanceOfSatisfying(
                        DocumentException.class, e -> assertThat(e.code()).isEqualTo("json.version.unsupported"));
        assertThat(typo.getValue()).isEmpty();
        assertThat(typo.getVersion()).isEmpty();
        assertThat(typo.getUnknownProperties()).isEmpty();
        assertThat(typo.getChecked().getReport().getProblems())
                .extracting(ValidationProblem::getCode, ValidationProblem::getPointer)
                .containsExactly(
                        tuple("json.unknown_property", "/demands/1/targets/0/termEnds"),
                        tuple("json.unknown_property", "/demands/1/budgetLines"),
                        tuple("json.unknown_property", "/fundingGoal"));
        assertThat(next.getChecked().getReport().getProblems())
                .extracting(ValidationProblem::getCode)
                .containsExactly("json.version.unsupported");
        assertThatThrownBy(() -> binding.format().write(typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no value to write");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldRefuseToDropAPropertyWhoseObjectIsGone(Binding binding) {
        TolerantDocument<Campaign> read =
                binding.format().checkTolerant(newer(binding), Campaign.class, Locale.ENGLISH);
        Campaign seed = read.getValue().orElseThrow();
        Campaign fewer = Campaign.builder()
                .from(seed)
                .demands(seed.getDemands().subList(0, 1))
                .build();
        TolerantDocument<Campaign> changed = TolerantDocument.of(
                org.campaignmodel.format.CheckedDocument.of(
                        fewer, read.getChecked().getReport(), 0),
                read.getVersion().orElseThrow(),
                read.getUnknownProperties());

        assertThatThrownBy(() -> binding.format().write(changed))
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining("unknown property at /demands/1/targets/0/termEnds")
                .hasMessageContaining("no object at /demands/1/targets/0");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldKeepNothingInAValueReadOnItsOwn(Binding binding) {
        String demand = "{\"number\":1,\"title\":\"T\",\"action\":\"adopt\",\"budgetLine\":\"4200\"}";

        TolerantDocument<org.campaignmodel.Demand> read =
                binding.format().checkTolerant(demand, org.campaignmodel.Demand.class, Locale.ENGLISH);

        assertThat(read.getValue()).isEmpty();
        assertThat(read.getUnknownProperties()).isEmpty();
        assertThat(read.getChecked().getReport().getProblems())
                .extracting(ValidationProblem::getCode, ValidationProblem::getPointer)
                .containsExactly(tuple("json.unknown_property", "/budgetLine"));
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldWriteADocumentOfAKnownVersionAsItIsWritten(Binding binding) {
        String document = binding.format().write(SeedCampaign.campaign());

        TolerantDocument<Campaign> read = binding.format().checkTolerant(document, Campaign.class, Locale.ENGLISH);

        assertThat(read.getUnknownProperties()).isEmpty();
        assertThat(read.getVersion()).isEmpty();
        assertThat(binding.format().write(read)).isEqualTo(document);
    }
}
