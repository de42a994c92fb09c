package org.campaignmodel.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws the growth curves from a JMH result file of {@link GrowthBenchmark} (run with {@code -rf
 * json}): time per element against the number of elements, one line per operation, as a PNG.
 *
 * <pre>{@code
 * java -cp ... org.campaignmodel.benchmarks.GrowthPlot growth.json growth.png
 * }</pre>
 */
public final class GrowthPlot {
    private GrowthPlot() {}

    /**
     * Reads the results and writes the chart.
     *
     * @param args the JMH JSON file and the PNG to write
     * @throws IOException if either file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GrowthPlot JMH_RESULTS.json CHART.png");
            System.exit(2);
        }
        write(Files.readString(Path.of(args[0])), Path.of(args[1]));
    }

    /**
     * Draws the chart of one JMH result file.
     *
     * @param jmhJson the JMH results, as {@code -rf json} writes them
     * @param png where to write the chart
     * @return the series drawn: operation, then nanoseconds per element by number of elements
     * @throws IOException if the chart cannot be written
     */
    static Map<String, Map<Integer, Double>> write(String jmhJson, Path png) throws IOException {
        Map<String, Map<Integer, Double>> series = series(jmhJson);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("No GrowthBenchmark results in the file; run JMH with -rf json");
        }
        XYChart chart = new XYChartBuilder()
                .width(900)
                .height(520)
                .title("Cost per element as documents grow (GrowthBenchmark)")
                .xAxisTitle("elements (timeline events and statistics, or body blocks)")
                .yAxisTitle("microseconds per element")
                .build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setAntiAlias(true);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        for (Map.Entry<String, Map<Integer, Double>> e : series.entrySet()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            e.getValue().forEach((elements, micros) -> {
                x.add(elements.doubleValue());
                y.add(micros);
            });
            chart.addSeries(e.getKey(), x, y).setMarker(SeriesMarkers.CIRCLE);
        }
        Files.createDirectories(png.toAbsolutePath().getParent());
        BitmapEncoder.saveBitmap(chart, png.toString(), BitmapEncoder.BitmapFormat.PNG);
        return series;
    }

    /** The results as series: microseconds per element, by operation and number of elements. */
    static Map<String, Map<Integer, Double>> series(String jmhJson) {
        Map<String, Map<Integer, Double>> series = new TreeMap<>();
        for (JsonNode result : JsonMapper.builder().build().readTree(jmhJson)) {
            String benchmark = result.path("benchmark").asString();
            if (!benchmark.contains("GrowthBenchmark.")) {
                continue;
            }
            int elements =
                    Integer.parseInt(result.path("params").path("elements").asString());
            JsonNode metric = result.path("primaryMetric");
            double micros = toMicros(
                    metric.path("score").asDouble(), metric.path("scoreUnit").asString());
            series.computeIfAbsent(benchmark.substring(benchmark.lastIndexOf('.') + 1), k -> new TreeMap<>())
                    .put(elements, micros / elements);
        }
        return series;
    }

    private static double toMicros(double score, String unit) {
        return switch (unit) {
            case "us/op" -> score;
            case "ns/op" -> score / 1000;
            case "ms/op" -> score * 1000;
            case "s/op" -> score * 1_000_000;
            default -> throw new IllegalArgumentException("Growth results are times per operation, not " + unit);
        };
    }
}
