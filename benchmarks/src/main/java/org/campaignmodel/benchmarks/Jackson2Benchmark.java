package org.campaignmodel.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.campaignmodel.Article;
import org.campaignmodel.Campaign;
import org.campaignmodel.jackson2.CampaignJackson2;
import org.campaignmodel.json.CampaignJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Jackson 2 binding ({@code model}) against the same records on a plain Jackson 2 {@code
 * ObjectMapper} ({@code records}, what a Jackson 2 application would write instead) and Jackson 2's
 * bare token pass ({@code tokens}). The Jackson 3 binding's figures are {@link ReadWriteBenchmark}'s,
 * in the same run. Scores are documents per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class Jackson2Benchmark {
    private CampaignJackson2 json = CampaignJackson2.create();
    private ObjectMapper plain = new ObjectMapper();
    private Documents documents = new Documents(CampaignJson.create());
    private Records.Article articleRecord = record(documents.articleJson, Records.Article.class);
    private Records.Campaign campaignRecord = record(documents.campaignJson, Records.Campaign.class);

    /** Builds the documents and the baselines' values once per run. */
    @Setup
    public void setUp() {
        json = CampaignJackson2.create();
        plain = new ObjectMapper();
        documents = new Documents(CampaignJson.create());
        articleRecord = record(documents.articleJson, Records.Article.class);
        campaignRecord = record(documents.campaignJson, Records.Campaign.class);
    }

    private <T> T record(byte[] document, Class<T> type) {
        try {
            return plain.readValue(document, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the article, read by the Jackson 2 binding} */
    @Benchmark
    public Article readArticleModel() {
        return json.read(documents.articleJson, Article.class);
    }

    /** {@return the article, read as records by a plain Jackson 2 mapper} */
    @Benchmark
    public Records.Article readArticleRecords() {
        return record(documents.articleJson, Records.Article.class);
    }

    /** {@return the article's token count, from Jackson 2's bare token pass} */
    @Benchmark
    public int readArticleTokens() {
        return tokens(documents.articleJson);
    }

    /** {@return the campaign, read by the Jackson 2 binding} */
    @Benchmark
    public Campaign readCampaignModel() {
        return json.read(documents.campaignJson, Campaign.class);
    }

    /** {@return the campaign, read as records by a plain Jackson 2 mapper} */
    @Benchmark
    public Records.Campaign readCampaignRecords() {
        return record(documents.campaignJson, Records.Campaign.class);
    }

    /** {@return the campaign's token count, from Jackson 2's bare token pass} */
    @Benchmark
    public int readCampaignTokens() {
        return tokens(documents.campaignJson);
    }

    /** {@return the article, written by the Jackson 2 binding} */
    @Benchmark
    public byte[] writeArticleModel() throws IOException {
        return json.mapper().writeValueAsBytes(documents.article);
    }

    /** {@return the article, written from records} */
    @Benchmark
    public byte[] writeArticleRecords() throws IOException {
        return plain.writeValueAsBytes(articleRecord);
    }

    /** {@return the campaign, written by the Jackson 2 binding} */
    @Benchmark
    public byte[] writeCampaignModel() throws IOException {
        return json.mapper().writeValueAsBytes(documents.campaign);
    }

    /** {@return the campaign, written from records} */
    @Benchmark
    public byte[] writeCampaignRecords() throws IOException {
        return plain.writeValueAsBytes(campaignRecord);
    }

    private int tokens(byte[] document) {
        int count = 0;
        try (JsonParser parser = plain.createParser(document)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.VALUE_STRING) {
                    parser.getText(); // a reader must at least decode the strings
                }
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
