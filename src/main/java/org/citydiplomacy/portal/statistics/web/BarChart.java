package org.citydiplomacy.portal.statistics.web;

import java.util.ArrayList;
import java.util.List;

import org.citydiplomacy.portal.statistics.Dimension;

/**
 * A horizontal bar chart drawn by the template as SVG, its geometry worked out here in the units
 * of a viewBox {@value #WIDTH} wide (about as many CSS pixels as the narrowest screen has). Years
 * and decades, whose labels are short, sit beside their bars; longer labels sit above them. Every
 * bar has its figure written after it: no meaning is carried by colour or length alone.
 */
record BarChart(Dimension dimension, String id, boolean compact, int height, List<Bar> bars, long total) {

    static final int WIDTH = 320;
    private static final int COMPACT_ROW = 18;
    private static final int LABELLED_ROW = 34;
    private static final int COMPACT_LABEL = 44;
    private static final int VALUE_SPACE = 44;

    record Bar(String label, long count, String countText, int barX, int barY, int barWidth, int barHeight,
            int labelX, int labelY, int valueX, int valueY) {
    }

    record Row(String label, long count, String countText) {
    }

    static BarChart of(Dimension dimension, List<Row> rows) {
        boolean compact = dimension == Dimension.AGREEMENTS_BY_YEAR || dimension == Dimension.AGREEMENTS_BY_DECADE
                || dimension == Dimension.MEETINGS_BY_YEAR;
        long max = rows.stream().mapToLong(Row::count).max().orElse(0);
        long total = rows.stream().mapToLong(Row::count).sum();
        int barStart = compact ? COMPACT_LABEL : 0;
        int longest = WIDTH - barStart - VALUE_SPACE;
        List<Bar> bars = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int width = max == 0 || row.count() == 0 ? 0 : (int) Math.max(2, Math.round((double) row.count() / max * longest));
            if (compact) {
                int top = i * COMPACT_ROW;
                bars.add(new Bar(row.label(), row.count(), row.countText(), barStart, top + 3, width, 12, 0, top + 13,
                        barStart + width + 4, top + 13));
            }
            else {
                int top = i * LABELLED_ROW;
                bars.add(new Bar(row.label(), row.count(), row.countText(), 0, top + 17, width, 12, 0, top + 12,
                        width + 4, top + 27));
            }
        }
        int height = Math.max(1, rows.size() * (compact ? COMPACT_ROW : LABELLED_ROW));
        return new BarChart(dimension, dimension.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                compact, height, bars, total);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height;
    }
}
