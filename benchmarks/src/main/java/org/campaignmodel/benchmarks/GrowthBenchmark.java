package org.campaignmodel.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campaignmodel.Article;
import org.campaignmodel.Block;
import org.campaignmodel.Campaign;
import org.campaignmodel.Statistic;
import org.campaignmodel.Timeline;
import org.campaignmodel.TimelineEvent;
import org.campaignmodel.format.Limits;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.SeedCampaign;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How cost grows with a document's size: a campaign with {@code elements} timeline events and as many
 * statistics, and an article with {@code elements} body blocks, each made by repeating the seed's own
 * (with fresh ids). Read, write and validate time per element should stay flat from the smallest to
 * the largest. The reader's list limit is raised for the largest; the model's own list rules (1,000
 * timeline events, 2,000 blocks) are broken there, so validation reports that one problem while it
 * still checks every element.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class GrowthBenchmark {
    /** Timeline events and statistics in the campaign; body blocks in the article. */
    @Param({"10", "100", "1000", "10000"})
    public int elements;

    private final CampaignJson json = CampaignJson.create(Limits.defaults().withMaxListLength(20_000));
    private final CampaignValidator validator = CampaignValidator.create();
    private Campaign campaign = SeedCampaign.campaign();
    private Article article = SeedCampaign.article();
    private byte[] campaignJson = new byte[0];
    private byte[] articleJson = new byte[0];

    /** Builds the two documents of this size. */
    @Setup
    public void build() {
        Campaign seed = SeedCampaign.campaign();
        List<TimelineEvent> seedEvents = seed.getTimeline().orElseThrow().getEvents();
        List<TimelineEvent> events = new ArrayList<>(elements);
        List<Statistic> statistics = new ArrayList<>(elements);
        for (int i = 0; i < elements; i++) {
            events.add(TimelineEvent.builder()
                    .from(seedEvents.get(i % seedEvents.size()))
                    .id("event-" + i)
                    .build());
            statistics.add(Statistic.builder()
                    .from(seed.getStatistics().get(i % seed.getStatistics().size()))
                    .id("statistic-" + i)
                    .build());
        }
        campaign = Campaign.builder()
                .from(seed)
                .timeline(Timeline.builder()
                        .from(seed.getTimeline().orElseThrow())
                        .events(events)
                        .build())
                .statistics(statistics)
                .build();
        Article seedArticle = SeedCampaign.article();
        List<Block> body = new ArrayList<>(elements);
        for (int i = 0; i < elements; i++) {
            body.add(seedArticle.getBody().get(i % seedArticle.getBody().size()));
        }
        article = Article.builder().from(seedArticle).body(body).build();
        campaignJson = json.write(campaign).getBytes(StandardCharsets.UTF_8);
        articleJson = json.write(article).getBytes(StandardCharsets.UTF_8);
    }

    /** {@return the campaign, read} */
    @Benchmark
    public Campaign readCampaign() {
        return json.read(campaignJson, Campaign.class);
    }

    /** {@return the campaign, written} */
    @Benchmark
    public byte[] writeCampaign() {
        return json.mapper().writeValueAsBytes(campaign);
    }

    /** {@return the campaign's report} */
    @Benchmark
    public ValidationReport validateCampaign() {
        return validator.validate(campaign);
    }

    /** {@return the article, read} */
    @Benchmark
    public Article readArticle() {
        return json.read(articleJson, Article.class);
    }

    /** {@return the article, written} */
    @Benchmark
    public byte[] writeArticle() {
        return json.mapper().writeValueAsBytes(article);
    }

    /** {@return the article's report} */
    @Benchmark
    public ValidationReport validateArticle() {
        return validator.validate(article);
    }
}
