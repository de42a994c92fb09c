package org.campaignmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.campaignmodel.internal.meta.ModelTypes;
import org.campaignmodel.testing.ProviderOnly;
import org.campaignmodel.testing.Seeds;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.Published;
import org.campaignmodel.validation.ValidationProblem;
import org.campaignmodel.validation.ValidationReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CampaignValidator#create()} checks with the library's own walk over the rules; {@link
 * CampaignValidator#using} hands everything to the Jakarta Validation provider. On random models of
 * every type, many of them broken, both must report the very same problems.
 */
final class ValidatorAgreementTest {
    private static final CampaignValidator WALK = CampaignValidator.create();
    private static final CampaignValidator PROVIDER = CampaignValidator.using(ProviderOnly.validator());
    // Default named or implied, Published alone and both: the walk filters its plans by each selection
    private static final List<Class<?>[]> GROUPS =
            List.of(new Class<?>[0], new Class<?>[] {Default.class}, new Class<?>[] {Published.class}, new Class<?>[] {
                Default.class, Published.class
            });

    static Stream<Arguments> seeds() {
        return Seeds.of(6);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldReportWhatTheProviderReports(long seed) {
        RandomModels models = new RandomModels(seed);
        List<Class<?>> types = new ArrayList<>(ModelTypes.discover().models.keySet());
        Set<String> codes = new TreeSet<>();
        int broken = 0;
        int checked = 0;
        for (Class<?> type : types) {
            for (int i = 0; i < 4; i++) {
                Object value = models.any(type);
                Locale locale = i % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("es");
                for (Class<?>[] groups : GROUPS) {
                    ValidationReport walked = WALK.validate(value, locale, groups);
                    ValidationReport provided = PROVIDER.validate(value, locale, groups);

                    assertThat(walked.getProblems())
                            .as("seed %d, %s in groups %s", seed, value, List.of(groups))
                            .containsExactlyInAnyOrderElementsOf(provided.getProblems());
                    checked++;
                    if (!walked.isValid()) {
                        broken++;
                        walked.getProblems().stream()
                                .map(ValidationProblem::getCode)
                                .forEach(codes::add);
                    }
                }
            }
        }
        // the comparison means something only if the random models break many different rules
        assertThat(broken).as("broken models").isGreaterThan(checked / 4);
        assertThat(codes).as("rules broken").hasSizeGreaterThan(15);
    }
}
