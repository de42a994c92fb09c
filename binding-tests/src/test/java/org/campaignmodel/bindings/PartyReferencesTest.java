package org.campaignmodel.bindings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Locale;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.DecisionMaker;
import org.campaignmodel.Membership;
import org.campaignmodel.Organization;
import org.campaignmodel.StoryList;
import org.campaignmodel.format.CheckedDocument;
import org.campaignmodel.format.DocumentException;
import org.campaignmodel.testing.ExampleCampaign11;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parties defined once in a document's {@code parties} and referred to by id (format 1.1): the
 * writer's choice of what to define, the reader's resolution in any property order, and the
 * problems of broken references.
 */
final class PartyReferencesTest {
    private static final String DISTRICT = "Los Angeles Unified School District";

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldDefineEachRepeatedPartyOnceAndReadBackTheSameCampaign(Binding binding) {
        Campaign seed = SeedCampaign.campaign();
        String inline = binding.format().write(seed);

        String referenced = binding.format().writeWithReferences(seed);

        assertThat(count(inline, "\"id\":\"lausd\"")).isGreaterThan(10);
        String named = "\"name\":\"" + DISTRICT + "\"";
        assertThat(count(inline, named)).isGreaterThan(10);
        // the organization once, and the campaign's place, which has the same name
        assertThat(count(referenced, named)).isEqualTo(2);
        assertThat(count(referenced, "\"id\":\"lausd\"")).isEqualTo(1);
        assertThat(referenced)
                .startsWith("{\"schemaVersion\":\"1.1\",\"parties\":{\"organizations\":[")
                .contains("\"targets\":[{\"ref\":\"lausd-superintendent\"},{\"ref\":\"lausd-board\"}]");
        assertThat(referenced.length()).isLessThan(inline.length());
        assertThat(binding.format().read(referenced, Campaign.class)).isEqualTo(seed);
        // the same parties, so the very same values: a correction made once is made everywhere
        Campaign back = binding.format().read(referenced, Campaign.class);
        assertThat(back.getDemands().get(0).getTargets().get(1))
                .isSameAs(back.getTargets().stream()
                        .filter(t -> t.getId().equals(java.util.Optional.of("lausd-board")))
                        .findFirst()
                        .orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldWriteADocumentWithNothingToDefineAsItIsWritten(Binding binding) {
        StoryList stories = StoryList.of(SeedCampaign.relatedStories());

        assertThat(binding.format().writeWithReferences(stories))
                .isEqualTo(binding.format().write(stories));
        assertThatThrownBy(() -> binding.format().writeWithReferences(Organization.of("A")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not Organization");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldKeepTwoDifferentPartiesWithOneIdInFull(Binding binding) {
        Organization first =
                Organization.builder().id("district").name("Example District").build();
        Organization renamed =
                Organization.builder().id("district").name("Example Unified").build();
        Campaign campaign = Campaign.builder()
                .id("c")
                .name("C")
                .addMemberships(Membership.builder().organization(first).build())
                .addMemberships(Membership.builder().organization(first).build())
                .addTargets(DecisionMaker.builder().organization(renamed).build())
                .build();

        String written = binding.format().writeWithReferences(campaign);

        assertThat(written).isEqualTo(binding.format().write(campaign)).doesNotContain("\"ref\"");
        assertThat(binding.format().read(written, Campaign.class)).isEqualTo(campaign);
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldResolveReferencesWhereverThePartiesAndTheVersionStand(Binding binding) {
        Campaign seed = SeedCampaign.campaign();
        ObjectNode tree = (ObjectNode) Binding.tree(binding.format().writeWithReferences(seed));
        ObjectNode parties = (ObjectNode) tree.remove("parties");
        JsonNode version = tree.remove("schemaVersion");
        // the parties last, their lists in the other order, and the version last of all
        ObjectNode reordered = parties.objectNode();
        reordered.set("decisionMakers", parties.get("decisionMakers"));
        reordered.set("organizations", parties.get("organizations"));
        tree.set("parties", reordered);
        tree.set("schemaVersion", version);

        assertThat(binding.format().read(tree.toString(), Campaign.class)).isEqualTo(seed);
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldReportEveryBrokenReferenceAtItsPointer(Binding binding) {
        String document = "{\"schemaVersion\":\"1.1\",\"id\":\"c\",\"name\":\"C\","
                + "\"targets\":[{\"ref\":\"board\"},{\"ref\":\"nobody\"},{\"ref\":\"district\"}],"
                + "\"memberships\":[{\"organization\":{\"ref\":\"board\"}}],"
                + "\"parties\":{\"organizations\":[{\"id\":\"district\",\"name\":\"Example District\"}],"
                + "\"decisionMakers\":[{\"id\":\"board\",\"seat\":\"Board\",\"organization\":{\"ref\":\"district\"}}]}}";

        CheckedDocument<Campaign> checked = binding.format().check(document, Campaign.class, Locale.ENGLISH);

        assertThat(checked.getReport().getProblems())
                .extracting(p -> p.getCode(), p -> p.getPointer())
                .containsExactly(
                        tuple("json.reference.dangling", "/targets/1/ref"),
                        tuple("json.reference.wrong_kind", "/targets/2/ref"),
                        tuple("json.reference.wrong_kind", "/memberships/0/organization/ref"));
        DocumentException e = catchThrowableOfType(
                DocumentException.class, () -> binding.format().read(document, Campaign.class));
        assertThat(e.pointer()).isEqualTo("/targets/1/ref");
        assertThat(e.problem()).contains("\"nobody\"").contains("Defined ids: board, district.");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldSayReferenceProblemsInSpanish(Binding binding) {
        String document = "{\"schemaVersion\":\"1.1\",\"id\":\"c\",\"name\":\"C\",\"targets\":[{\"ref\":\"board\"}]}";

        CheckedDocument<Campaign> checked =
                binding.format().check(document, Campaign.class, Locale.forLanguageTag("es"));

        assertThat(checked.getReport().getProblems()).hasSize(1);
        assertThat(checked.getReport().getProblems().get(0).getMessage())
                .startsWith("Ninguna parte tiene el id \"board\": este documento no define ninguna.");
    }

    @ParameterizedTest
    @EnumSource(Binding.class)
    void shouldRefuseAReferenceWithOtherProperties(Binding binding) {
        String campaign = binding.format().writeWithReferences(SeedCampaign.campaign());
        String withSeat = campaign.replaceFirst(
                "\\{\"ref\":\"lausd-superintendent\"}",
                "{\"ref\":\"lausd-superintendent\",\"seat\":\"Superintendent\"}");
        String article = binding.format().writeWithReferences(ExampleCampaign11.article());
        String withType = article.replace(
                "\"authors\":[{\"ref\":\"rosa-example\"}",
                "\"authors\":[{\"type\":\"person\",\"ref\":\"rosa-example\"}");

        DocumentException seat = catchThrowableOfType(
                DocumentException.class, () -> binding.format().read(withSeat, Campaign.class));
        DocumentException type = catchThrowableOfType(
                DocumentException.class, () -> binding.format().read(withType, Article.class));

        assertThat(withSeat).isNotEqualTo(campaign);
        assertThat(seat.code()).isEqualTo("json.reference.not_alone");
        assertThat(seat.pointer()).isEqualTo("/demands/0/targets/0/ref");
        assertThat(withType).isNotEqualTo(article);
        assertThat(type.code()).isEqualTo("json.reference.not_alone");
        assertThat(type.pointer()).isEqualTo("/citations/0/authors/0/ref");
        assertThat(type.problem()).contains("write the Person in full here");
    }
}
