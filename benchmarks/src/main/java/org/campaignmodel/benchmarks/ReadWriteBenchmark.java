package org.campaignmodel.benchmarks;

import java.util.concurrent.TimeUnit;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.testing.ProviderOnly;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading, writing and validating the seed documents: the library ({@code model}), plain records on a
 * default mapper ({@code records}, baseline a), and a bare token pass ({@code tokens}, baseline b, the
 * ceiling for any Jackson-based reader). Scores are documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class ReadWriteBenchmark {
    private CampaignJson json = CampaignJson.create();
    private JsonMapper plain = JsonMapper.builder().build();
    private CampaignValidator validator = CampaignValidator.create();
    private CampaignValidator providerOnly = CampaignValidator.using(ProviderOnly.validator());
    private Documents documents = new Documents(json);
    private Records.Article articleRecord = plain.readValue(documents.articleJson, Records.Article.class);
    private Records.Campaign campaignRecord = plain.readValue(documents.campaignJson, Records.Campaign.class);

    /** Builds the documents and the baselines' values once per run. */
    @Setup
    public void setUp() {
        json = CampaignJson.create();
        plain = JsonMapper.builder().build();
        validator = CampaignValidator.create();
        providerOnly = CampaignValidator.using(ProviderOnly.validator());
        documents = new Documents(json);
        articleRecord = plain.readValue(documents.articleJson, Records.Article.class);
        campaignRecord = plain.readValue(documents.campaignJson, Records.Campaign.class);
    }

    /** {@return the article, read by the library} */
    @Benchmark
    public Article readArticleModel() {
        return json.read(documents.articleJson, Article.class);
    }

    /** {@return the article, read as records} */
    @Benchmark
    public Records.Article readArticleRecords() {
        return plain.readValue(documents.articleJson, Records.Article.class);
    }

    /** {@return the article's token count, from a bare token pass} */
    @Benchmark
    public int readArticleTokens() {
        return tokens(documents.articleJson);
    }

    /** {@return the campaign, read by the library} */
    @Benchmark
    public Campaign readCampaignModel() {
        return json.read(documents.campaignJson, Campaign.class);
    }

    /** {@return the campaign, read as records} */
    @Benchmark
    public Records.Campaign readCampaignRecords() {
        return plain.readValue(documents.campaignJson, Records.Campaign.class);
    }

    /** {@return the campaign's token count, from a bare token pass} */
    @Benchmark
    public int readCampaignTokens() {
        return tokens(documents.campaignJson);
    }

    /**
     * Runs the workload once per document.
     *
     * @param hole takes each of the batch's articles, read by the library
     */
    @Benchmark
    @OperationsPerInvocation(Documents.BATCH)
    public void readBatchModel(Blackhole hole) {
        for (byte[] document : documents.batch) {
            hole.consume(json.read(document, Article.class));
        }
    }

    /**
     * Runs the workload once per document.
     *
     * @param hole takes each of the batch's articles, read as records
     */
    @Benchmark
    @OperationsPerInvocation(Documents.BATCH)
    public void readBatchRecords(Blackhole hole) {
        for (byte[] document : documents.batch) {
            hole.consume(plain.readValue(document, Records.Article.class));
        }
    }

    /**
     * Runs the workload once per document.
     *
     * @param hole takes each of the batch's token counts
     */
    @Benchmark
    @OperationsPerInvocation(Documents.BATCH)
    public void readBatchTokens(Blackhole hole) {
        for (byte[] document : documents.batch) {
            hole.consume(tokens(document));
        }
    }

    /** {@return the article, written by the library} */
    @Benchmark
    public byte[] writeArticleModel() {
        return json.mapper().writeValueAsBytes(documents.article);
    }

    /** {@return the article, written from records} */
    @Benchmark
    public byte[] writeArticleRecords() {
        return plain.writeValueAsBytes(articleRecord);
    }

    /** {@return the campaign, written by the library} */
    @Benchmark
    public byte[] writeCampaignModel() {
        return json.mapper().writeValueAsBytes(documents.campaign);
    }

    /** {@return the campaign, written from records} */
    @Benchmark
    public byte[] writeCampaignRecords() {
        return plain.writeValueAsBytes(campaignRecord);
    }

    /** {@return the report on the article} */
    @Benchmark
    public ValidationReport validateArticle() {
        return validator.validate(documents.article);
    }

    /** {@return the report on the campaign} */
    @Benchmark
    public ValidationReport validateCampaign() {
        return validator.validate(documents.campaign);
    }

    /** {@return the report on the campaign by Hibernate Validator's own walk, for comparison} */
    @Benchmark
    public ValidationReport validateCampaignProvider() {
        return providerOnly.validate(documents.campaign);
    }

    /** {@return the campaign, read and then validated} */
    @Benchmark
    public ValidationReport readThenValidateCampaign() {
        return validator.validate(json.read(documents.campaignJson, Campaign.class));
    }

    private int tokens(byte[] document) {
        int count = 0;
        try (JsonParser parser = plain.createParser(document)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    parser.getString(); // a reader must at least decode the strings
                }
                count++;
            }
        }
        return count;
    }
}
