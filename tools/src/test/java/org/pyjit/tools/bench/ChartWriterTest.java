package org.pyjit.tools.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesThreeReadablePngCharts() throws IOException {
        List<Path> charts = ChartWriter.writeAll(SampleReports.mixed(), dir);
        assertEquals(List.of(dir.resolve(ChartWriter.SPEEDUP), dir.resolve(ChartWriter.STARTUP), dir.resolve(ChartWriter.MAX_RSS)), charts);
        for (Path chart : charts) {
            BufferedImage image = ImageIO.read(chart.toFile());
            assertNotNull(image, chart + " is not an image");
            assertTrue(image.getWidth() >= 800 && image.getHeight() >= 500, chart + " is too small to read");
            assertTrue(distinctColours(image) > 3, chart + " looks empty");
        }
    }

    @Test
    void chartsAreWrittenEvenWhenNothingWasTimed() throws IOException {
        List<Path> charts = ChartWriter.writeAll(SampleReports.nothingTimed(), dir);
        for (Path chart : charts) {
            assertNotNull(ImageIO.read(chart.toFile()), chart + " is not an image");
        }
    }

    @Test
    void speedupSeriesLeaveOutTheBaseline() {
        var chart = ChartWriter.speedup(SampleReports.mixed());
        assertEquals(List.of("pyjit", "pypy3"), List.copyOf(chart.getSeriesMap().keySet()));
    }

    private static long distinctColours(BufferedImage image) {
        return java.util.stream.IntStream.range(0, image.getWidth() * image.getHeight()).filter(i -> i % 97 == 0)
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }
}
