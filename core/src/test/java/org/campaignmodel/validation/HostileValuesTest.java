package org.campaignmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.campaignmodel.Campaign;
import org.campaignmodel.FuzzyDate;
import org.campaignmodel.Membership;
import org.campaignmodel.Organization;
import org.campaignmodel.Person;
import org.campaignmodel.testing.ProviderOnly;
import org.campaignmodel.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values built to exhaust or deceive: a report stays bounded, and hidden characters are caught. */
final class HostileValuesTest {

    /** Three memberships, each with 600 blank aliases: about 1,800 problems. */
    private static Campaign blankAliases() {
        List<Membership> memberships = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            memberships.add(Membership.builder()
                    .organization(Organization.builder()
                            .name("Group " + i)
                            .aliases(Collections.nCopies(600, " "))
                            .build())
                    .build());
        }
        return Campaign.builder().id("c").name("C").memberships(memberships).build();
    }

    static Stream<Arguments> validators() {
        return Stream.of(
                Arguments.of("walk", CampaignValidator.create()),
                Arguments.of("provider", CampaignValidator.using(ProviderOnly.validator())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldStopAtTheMostProblemsAReportHolds(String name, CampaignValidator validator) {
        ValidationReport report = validator.validate(blankAliases());

        assertThat(report.isTruncated()).isTrue();
        assertThat(report.getProblems()).hasSize(CampaignValidator.MAX_PROBLEMS);
        assertThat(report.toString()).endsWith("(stopped after 1000 problems; there are more)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validators")
    void shouldNotMarkAFullReportThatFits(String name, CampaignValidator validator) {
        Campaign campaign = Campaign.builder()
                .id("c")
                .name("C")
                .addMemberships(Membership.builder()
                        .organization(Organization.builder()
                                .name("G")
                                .aliases(Collections.nCopies(20, " "))
                                .build())
                        .build())
                .build();

        ValidationReport report = validator.validate(campaign);

        assertThat(report.isTruncated()).isFalse();
        assertThat(report.getProblems()).hasSize(20);
    }

    static Stream<Arguments> seeds() {
        return Seeds.of(20);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldCallEveryBrokenSurrogateUnsafe(long seed) {
        Random random = new Random(seed);
        StringBuilder name = new StringBuilder("Ana");
        for (int i = 0, n = random.nextInt(20); i < n; i++) {
            name.append(random.nextBoolean() ? "\uD83D\uDE00" : String.valueOf((char) ('a' + random.nextInt(26))));
        }
        String whole = name.toString();
        char broken = random.nextBoolean()
                ? (char) (0xD800 + random.nextInt(0x400))
                : (char) (0xDC00 + random.nextInt(0x400));
        // put it between two whole characters, never next to the half it could pair with
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i <= whole.length(); i++) {
            if ((i == 0 || !Character.isHighSurrogate(whole.charAt(i - 1)))
                    && (i == whole.length() || !Character.isLowSurrogate(whole.charAt(i)))) {
                places.add(i);
            }
        }
        int at = places.get(random.nextInt(places.size()));
        String hostile = whole.substring(0, at) + broken + whole.substring(at);

        assertThat(CampaignValidator.create().validate(Person.of(whole)).isValid())
                .as(whole)
                .isTrue();
        assertThat(CampaignValidator.create().validate(Person.of(hostile)).getProblems())
                .extracting(ValidationProblem::getCode)
                .as(hostile)
                .containsExactly("text.unsafe");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void shouldRefuseAPhraseThatHidesOrBreaksALine(long seed) {
        Random random = new Random(seed);
        char[] hidden = {'\u202E', '\u2066', '\u0000', '\u001b', '\n', '\u2028', '\u2029', '\uD800', '\u0085'};
        char bad = hidden[random.nextInt(hidden.length)];
        String phrase = "By " + bad + "1948";

        assertThat(FuzzyDate.parse("1948", "By 1948").getPhrase()).hasValue("By 1948");
        assertThatThrownBy(() -> FuzzyDate.parse("1948", phrase))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one line of visible text");
        assertThatThrownBy(() -> FuzzyDate.relative(phrase)).isInstanceOf(IllegalArgumentException.class);
    }
}
