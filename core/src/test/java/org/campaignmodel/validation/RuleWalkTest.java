package org.campaignmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.campaignmodel.Campaign;
import org.campaignmodel.FieldRuleVisitor;
import org.campaignmodel.testing.SeedCampaign;
import org.junit.jupiter.api.Test;

/** The default validator's own walk must cover the whole model, or it silently hands work back. */
final class RuleWalkTest {
    // a new walk for every test, so that each makes its plans itself
    private final RuleWalk walk = CampaignValidator.newWalk();

    @Test
    void shouldCheckEveryGeneratedValueClassItself() throws IOException, ClassNotFoundException, URISyntaxException {
        Path classes = Path.of(Campaign.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("org/campaignmodel");
        List<String> names;
        try (Stream<Path> files = Files.list(classes)) {
            names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("Immutable[A-Za-z]+\\.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .sorted()
                    .toList();
        }

        assertThat(names).hasSizeGreaterThan(25);
        for (String name : names) {
            Class<?> type = Class.forName("org.campaignmodel." + name);
            assertThat(walk.supports(type)).as(name).isTrue();
        }
    }

    @Test
    void shouldWalkTheSeedsWithoutTheProvider() {
        assertThat(walk.validate(SeedCampaign.campaign()))
                .hasValueSatisfying(f -> assertThat(f).isEmpty());
        assertThat(walk.validate(SeedCampaign.article(), Published.class))
                .hasValueSatisfying(f -> assertThat(f).isNotEmpty());
        assertThat(walk.validate(CampaignValidatorTest.brokenSeed()))
                .hasValueSatisfying(f -> assertThat(f).hasSize(5));
    }

    @Test
    void shouldHandAnythingElseToTheProvider() {
        assertThat(walk.supports(Object.class)).isTrue();
        assertThat(walk.validate("not a model object"))
                .hasValueSatisfying(f -> assertThat(f).isEmpty());
        assertThat(walk.validate(SeedCampaign.campaign(), Grouped.class)).isEmpty();
        assertThat(walk.supports(FieldRuleVisitor.class)).isFalse();
        assertThat(CampaignValidator.create()
                        .validate(new FieldRuleVisitor("ab"))
                        .getProblems())
                .extracting(ValidationProblem::getCode, ValidationProblem::getPath)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("size", "name"));
    }

    /** A group sequence: the walk leaves these to the provider. */
    @jakarta.validation.GroupSequence({jakarta.validation.groups.Default.class, Published.class})
    interface Grouped {}
}
