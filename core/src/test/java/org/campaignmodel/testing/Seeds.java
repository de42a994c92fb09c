package org.campaignmodel.testing;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeds for the seeded random-input tests. Each run uses a fixed list of seeds, shown in the test's
 * name, so a failure names the seed that replays it: {@code -Dcampaign.seed=1234} runs just that one,
 * and {@code -Dcampaign.seed=random} draws a fresh seed (printed) to explore further.
 */
public final class Seeds {
    private Seeds() {}

    /**
     * Returns the seeds for one parameterized test.
     *
     * @param count how many seeds to use when none is given on the command line
     * @return one argument per seed
     */
    public static Stream<Arguments> of(int count) {
        String given = System.getProperty("campaign.seed", "");
        if (given.equals("random")) {
            long seed = System.nanoTime();
            System.out.println("campaign.seed=" + seed);
            return Stream.of(Arguments.of(seed));
        }
        if (!given.isEmpty()) {
            return Stream.of(Arguments.of(Long.parseLong(given)));
        }
        return LongStream.rangeClosed(1, count).map(i -> i * 7_919L).mapToObj(Arguments::of);
    }
}
