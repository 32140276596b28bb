package org.pyjit.tools.bench;

import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Draws the results as PNG bar charts with XChart, without a display: speed-up over
 * {@code python3} per program (log scale, like the charts Pyston published), start-up times,
 * and peak RSS per implementation. When nothing was timed a chart still appears, titled so.
 */
public final class ChartWriter {
    /** File names of the charts, in the output directory. */
    public static final String SPEEDUP = "speedup.png";
    /** Start-up times chart. */
    public static final String STARTUP = "startup.png";
    /** Peak RSS chart. */
    public static final String MAX_RSS = "max-rss.png";

    private static final String MEAN = "geometric mean";
    private static final Color[] PALETTE = {new Color(0xD6, 0x27, 0x28), new Color(0x1F, 0x77, 0xB4),
            new Color(0x2C, 0xA0, 0x2C), new Color(0xFF, 0x7F, 0x0E), new Color(0x94, 0x67, 0xBD)};

    static {
        // charts are drawn into images; no window system may be needed (CI, ssh sessions)
        System.setProperty("java.awt.headless", "true");
    }

    private ChartWriter() {}

    /** Writes the three charts into {@code directory} and returns their paths. */
    public static List<Path> writeAll(BenchReport report, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        written.add(save(speedup(report), directory.resolve(SPEEDUP)));
        written.add(save(startup(report), directory.resolve(STARTUP)));
        written.add(save(maxRss(report), directory.resolve(MAX_RSS)));
        return written;
    }

    /** Speed-up of every implementation but python3 over python3, per program, plus the geometric mean. */
    static CategoryChart speedup(BenchReport report) {
        String base = report.references().getFirst().name();
        List<BenchmarkResult> timed = report.resultsOf(BenchmarkGroup.PROGRAMS).stream().filter(BenchmarkResult::timed).toList();
        CategoryChart chart = chart(1400, 720, "Speed-up over " + base + " (higher is better, log scale)",
                "", "times as fast as " + base);
        if (timed.isEmpty()) {
            return empty(chart, report);
        }
        List<String> categories = new ArrayList<>(timed.stream().map(r -> r.benchmark().name()).toList());
        categories.add(MEAN);
        double low = 1;
        double high = 1;
        int colour = 0;
        for (Implementation impl : report.implementations()) {
            if (impl.name().equals(base)) {
                colour++;
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (BenchmarkResult result : timed) {
                values.add(result.pairwiseRatios(base, impl.name()).map(Statistics::median).orElse(null));
            }
            List<Double> present = values.stream().filter(v -> v != null).toList();
            if (present.isEmpty()) {
                colour++;
                continue;
            }
            values.add(Statistics.geometricMean(present));
            low = Math.min(low, present.stream().mapToDouble(Double::doubleValue).min().orElse(1));
            high = Math.max(high, present.stream().mapToDouble(Double::doubleValue).max().orElse(1));
            chart.addSeries(impl.name(), categories, values).setFillColor(PALETTE[colour++ % PALETTE.length]);
        }
        CategoryStyler styler = chart.getStyler();
        styler.setYAxisLogarithmic(true);
        styler.setYAxisLogarithmicDecadeOnly(false);
        // bars grow from the axis minimum, so keep it well below the smallest value
        styler.setYAxisMin(low / 2);
        styler.setYAxisMax(high * 2);
        styler.setYAxisDecimalPattern("0.0#");
        styler.setLabelsVisible(true);
        styler.setLabelsRotation(90);
        chart.addAnnotation(new AnnotationLine(1.0, false, false));
        return chart;
    }

    /** Median wall time of the start-up benchmarks, per implementation. */
    static CategoryChart startup(BenchReport report) {
        CategoryChart chart = chart(1000, 620, "Start-up time (lower is better)", "", "median wall time, ms");
        List<BenchmarkResult> timed = report.resultsOf(BenchmarkGroup.STARTUP).stream().filter(BenchmarkResult::timed).toList();
        if (timed.isEmpty()) {
            return empty(chart, report);
        }
        perImplementation(chart, report, timed, r -> Optional.of(r.medianSeconds() * 1000));
        chart.getStyler().setDecimalPattern("0");
        return chart;
    }

    /** Peak RSS of every timed benchmark, per implementation. */
    static CategoryChart maxRss(BenchReport report) {
        CategoryChart chart = chart(1400, 720, "Peak memory, max RSS (lower is better)", "", "MiB");
        List<BenchmarkResult> timed = report.results().stream().filter(BenchmarkResult::timed).toList();
        boolean measured = timed.stream().flatMap(r -> r.results().stream()).anyMatch(r -> r.timed() && r.maxRssKb().isPresent());
        if (!measured) {
            return timed.isEmpty() ? empty(chart, report) : message(chart, "Max RSS was not measured: " + report.rssMethod() + ".");
        }
        perImplementation(chart, report, timed, r -> {
            OptionalLong kib = r.maxRssKb();
            return kib.isPresent() ? Optional.of(kib.getAsLong() / 1024.0) : Optional.empty();
        });
        chart.getStyler().setDecimalPattern("0");
        return chart;
    }

    private static void perImplementation(CategoryChart chart, BenchReport report, List<BenchmarkResult> timed,
                                          Function<ImplementationResult, Optional<Double>> value) {
        List<String> categories = timed.stream().map(r -> r.benchmark().name()).toList();
        int colour = 0;
        for (Implementation impl : report.implementations()) {
            List<Double> values = new ArrayList<>();
            for (BenchmarkResult result : timed) {
                values.add(result.resultOf(impl.name()).filter(ImplementationResult::timed)
                        .flatMap(value).orElse(null));
            }
            if (values.stream().anyMatch(v -> v != null)) {
                chart.addSeries(impl.name(), categories, values).setFillColor(PALETTE[colour % PALETTE.length]);
            }
            colour++;
        }
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsRotation(90);
    }

    private static CategoryChart chart(int width, int height, String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        CategoryStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        styler.setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setXAxisLabelRotation(35);
        styler.setAvailableSpaceFill(0.8);
        styler.setOverlapped(false);
        return chart;
    }

    private static CategoryChart empty(CategoryChart chart, BenchReport report) {
        return message(chart, "Nothing to show: " + report.underTest().name()
                + " failed or printed wrong output on every benchmark of this chart.");
    }

    /** A chart with no bars and {@code message} written across the plot. */
    private static CategoryChart message(CategoryChart chart, String message) {
        // XChart draws nothing without a series, so one invisible bar holds the axes
        chart.addSeries("no data", List.of(" "), List.of(0)).setFillColor(Color.WHITE);
        CategoryStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setAxisTicksVisible(false);
        styler.setPlotGridLinesVisible(false);
        styler.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        styler.setAnnotationTextFontColor(Color.DARK_GRAY);
        chart.addAnnotation(new AnnotationText(message, chart.getWidth() / 2.0, chart.getHeight() / 2.0, true));
        return chart;
    }

    private static Path save(CategoryChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        return file;
    }
}
