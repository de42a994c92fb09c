package org.campaignmodel.benchmarks;

import java.io.Reader;
import java.util.concurrent.TimeUnit;
import org.campaignmodel.Article;
import org.campaignmodel.json.CampaignJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 100,000 NDJSON articles (about 1.1 GB of text) read lazily in a JVM with a 64 MB heap: the run
 * finishes only if memory stays flat, since the input could never fit.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class NdjsonBenchmark {
    static final int DOCUMENTS = 100_000;

    /**
     * Runs the workload once per document.
     *
     * @param hole takes every article read
     */
    @Benchmark
    public void readHundredThousandLines(Blackhole hole) {
        CampaignJson json = CampaignJson.create();
        String line = json.write(org.campaignmodel.testing.SeedCampaign.article()) + "\n";
        long read = json.readLines(new RepeatingReader(line, DOCUMENTS), Article.class)
                .peek(hole::consume)
                .count();
        if (read != DOCUMENTS) {
            throw new IllegalStateException("read " + read + " of " + DOCUMENTS);
        }
    }

    /** Serves the same line many times, without ever holding more than the line. */
    static final class RepeatingReader extends Reader {
        private final char[] line;
        private long remaining;
        private int index;

        RepeatingReader(String line, long times) {
            this.line = line.toCharArray();
            this.remaining = times * this.line.length;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = line[index];
                index = (index + 1) % line.length;
            }
            remaining -= n;
            return n;
        }

        @Override
        public void close() {}
    }
}
