package org.campaignmodel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once, briefly and in this JVM, so that they cannot rot: each must run to the
 * end and produce a result. Timings are never asserted here; they belong to full runs.
 */
final class BenchmarksSmokeTest {

    @Test
    void shouldRunEveryBenchmarkOnce() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("org\\.campaignmodel\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .build();

        Collection<RunResult> results = new Runner(options).run();

        List<String> names = results.stream()
                .map(r -> r.getParams().getBenchmark().replaceFirst("^.*\\.benchmarks\\.", ""))
                .sorted()
                .toList();
        assertThat(names)
                .contains(
                        "ColdStartBenchmark.firstReadAndValidate",
                        "DslJsonBenchmark.readArticle",
                        "GrowthBenchmark.readCampaign",
                        "GrowthBenchmark.validateArticle",
                        "Jackson2Benchmark.readCampaignModel",
                        "Jackson2Benchmark.readCampaignRecords",
                        "Jackson2Benchmark.writeArticleModel",
                        "DslJsonBenchmark.readCampaign",
                        "DslJsonBenchmark.writeArticle",
                        "DslJsonBenchmark.writeCampaign",
                        "KafkaTopologyBenchmark.deadLetterRecord",
                        "KafkaTopologyBenchmark.validRecord",
                        "NdjsonBenchmark.readHundredThousandLines",
                        "ReadWriteBenchmark.readArticleModel",
                        "ReadWriteBenchmark.readArticleRecords",
                        "ReadWriteBenchmark.readArticleTokens",
                        "ReadWriteBenchmark.readThenValidateCampaign",
                        "ReadWriteBenchmark.validateCampaign",
                        "ReadWriteBenchmark.writeCampaignRecords")
                .hasSize(59);
        assertThat(results)
                .allSatisfy(
                        r -> assertThat(r.getPrimaryResult().getSampleCount()).isPositive());
    }
}
