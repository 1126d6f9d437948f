package io.kpiops.reports;

import io.kpiops.reports.ReportDocument.Chart;
import io.kpiops.reports.ReportDocument.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Trend charts drawn server-side with JFreeChart as PNG at {@value #SCALE}× the drawing size: laid out at the drawing
 * width in points, that is {@value #SCALE} × 72 = 216 dpi.
 */
final class ChartImages {

    static final int SCALE = 3;
    static final int WIDTH = 520;
    static final int HEIGHT = 220;

    /** Colour-blind-safe line colours (Okabe–Ito). */
    private static final Color[] COLOURS = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(230, 159, 0), new Color(0, 0, 0),
        new Color(240, 228, 66)};

    private ChartImages() {}

    /** Whether any series has a point to draw. */
    static boolean hasPoints(Chart chart) {
        return chart.series().stream().anyMatch(s -> s.values().stream().anyMatch(java.util.Objects::nonNull));
    }

    static byte[] png(Chart chart, String valueAxis) {
        TimeSeriesCollection data = new TimeSeriesCollection();
        for (Series s : chart.series()) {
            TimeSeries ts = new TimeSeries(s.name());
            List<LocalDate> periods = s.periods();
            for (int i = 0; i < periods.size(); i++) {
                if (s.values().get(i) != null) {
                    LocalDate d = periods.get(i);
                    ts.addOrUpdate(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), s.values().get(i));
                }
            }
            data.addSeries(ts);
        }
        JFreeChart c = ChartFactory.createTimeSeriesChart(null, null, valueAxis, data, true, false, false);
        c.setBackgroundPaint(Color.WHITE);
        c.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        XYPlot plot = c.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        ((DateAxis) plot.getDomainAxis()).setDateFormatOverride(new java.text.SimpleDateFormat("yyyy-MM-dd"));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        plot.getRangeAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        plot.getRangeAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        plot.setRenderer(renderer);
        BufferedImage image = c.createBufferedImage(WIDTH * SCALE, HEIGHT * SCALE, WIDTH, HEIGHT, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
