package org.campaignmodel.benchmarks;

import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.campaignmodel.json.CampaignJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Baseline (c): DSL-JSON 2.0 with compile-time bindings (its annotation processor writes a converter
 * per record at build time) on the same records and documents as baseline (a). A faster peer than
 * Jackson, measured in the same run for an honest ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(1)
public class DslJsonBenchmark {
    // compiled converters from the service loader; the runtime only for lists, maps and Object values
    private final DslJson<Object> dsl = new DslJson<>(com.dslplatform.json.runtime.Settings.basicSetup());
    private final Documents documents = new Documents(CampaignJson.create());
    private final Records.Article article;
    private final Records.Campaign campaign;

    /** Reads the records once, and checks that DSL-JSON read the whole documents. */
    public DslJsonBenchmark() {
        // static helpers only: a benchmark class is not final, and must not call its own methods here
        article = read(dsl, Records.Article.class, documents.articleJson);
        campaign = read(dsl, Records.Campaign.class, documents.campaignJson);
        if (article.body() == null || article.body().isEmpty() || campaign.demands() == null) {
            throw new IllegalStateException("DSL-JSON did not read the documents");
        }
    }

    /** {@return the article, read as records by DSL-JSON} */
    @Benchmark
    public Records.Article readArticle() {
        return read(dsl, Records.Article.class, documents.articleJson);
    }

    /** {@return the campaign, read as records by DSL-JSON} */
    @Benchmark
    public Records.Campaign readCampaign() {
        return read(dsl, Records.Campaign.class, documents.campaignJson);
    }

    /** {@return the article, written from records by DSL-JSON} */
    @Benchmark
    public byte[] writeArticle() {
        return write(dsl, article);
    }

    /** {@return the campaign, written from records by DSL-JSON} */
    @Benchmark
    public byte[] writeCampaign() {
        return write(dsl, campaign);
    }

    private static <T> T read(DslJson<Object> dsl, Class<T> type, byte[] json) {
        try {
            T value = dsl.deserialize(type, json, json.length);
            if (value == null) {
                throw new IllegalStateException("DSL-JSON read null");
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(DslJson<Object> dsl, Object value) {
        JsonWriter writer = dsl.newWriter();
        try {
            dsl.serialize(writer, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toByteArray();
    }
}
