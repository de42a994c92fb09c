package org.campaignmodel.benchmarks;

import java.util.concurrent.TimeUnit;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJson;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first document read and validated in a fresh JVM: module set-up, Hibernate Validator's start,
 * class loading and the first read, all in one shot, in five fresh processes.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {
    private static final String DOCUMENT = "{\"schemaVersion\":\"1.0\",\"id\":\"police-free-lausd\","
            + "\"name\":\"Police Free LAUSD\",\"demands\":[{\"number\":1,\"title\":\"Eliminate the LA School"
            + " Police Department\",\"action\":\"eliminate\"}]}";

    /** {@return the report on the first document of the process} */
    @Benchmark
    public ValidationReport firstReadAndValidate() {
        Campaign campaign = CampaignJson.create().read(DOCUMENT, Campaign.class);
        return CampaignValidator.create().validate(campaign);
    }
}
