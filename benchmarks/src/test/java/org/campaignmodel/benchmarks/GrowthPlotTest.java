package org.campaignmodel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The growth chart is drawn from JMH's JSON results, per element, in microseconds. */
final class GrowthPlotTest {
    @TempDir
    Path dir;

    private static String result(String method, int elements, double score, String unit) {
        return "{\"benchmark\":\"org.campaignmodel.benchmarks.GrowthBenchmark." + method
                + "\",\"params\":{\"elements\":\"" + elements + "\"},\"primaryMetric\":{\"score\":" + score
                + ",\"scoreUnit\":\"" + unit + "\"}}";
    }

    @Test
    void shouldDrawTimePerElementForEachOperation() throws Exception {
        String json = "[" + result("readCampaign", 10, 30.0, "us/op") + "," + result("readCampaign", 1000, 2.0, "ms/op")
                + "," + result("writeArticle", 100, 35_000, "ns/op")
                + ",{\"benchmark\":\"org.campaignmodel.benchmarks.ReadWriteBenchmark.readArticleModel\"}]";
        Path png = dir.resolve("out/growth.png");

        Map<String, Map<Integer, Double>> series = GrowthPlot.write(json, png);

        assertThat(series).containsOnlyKeys("readCampaign", "writeArticle");
        assertThat(series.get("readCampaign")).containsEntry(10, 3.0).containsEntry(1000, 2.0);
        assertThat(series.get("writeArticle")).containsEntry(100, 0.35);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).hasSizeGreaterThan(1000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PNG");
    }

    @Test
    void shouldSayWhenTheFileHoldsNoGrowthResults() {
        assertThatThrownBy(() -> GrowthPlot.write("[]", dir.resolve("x.png")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-rf json");
    }
}
